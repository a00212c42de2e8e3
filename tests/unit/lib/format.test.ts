// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatDate,
  formatDateRange,
  formatMoney,
  formatMonth,
  formatMonthRangeParts,
  isoMonth,
  formatOrdinal,
  formatRate,
} from '../../../src/lib/format';
import { INTL_LOCALE, type Lang } from '../../../src/lib/locale';

// Table-driven, after OWID's formatValue tests: one row per way a number is written on screen.
describe('formatMoney', () => {
  it.each([
    [10.2e9, 'EUR', 'en', 'long', '€10.2 billion'],
    [11.03e9, 'USD', 'en', 'long', '$11.03 billion'],
    [4.88e9, 'EUR', 'en', 'long', '€4.88 billion'],
    [4.88e9 * (11.03 / 10.2), 'USD', 'en', 'long', '$5.28 billion'],
    [10.2e9, 'EUR', 'en', 'short', '€10.2bn'],
    [0, 'EUR', 'en', 'short', '€0'],
    [10.2e9, 'EUR', 'de', 'long', '10,2\u00a0Mrd.\u00a0€'],
    [4.88e9, 'EUR', 'de', 'long', '4,88\u00a0Mrd.\u00a0€'],
    [11.03e9, 'USD', 'de', 'short', '11,03\u00a0Mrd.\u00a0$'],
  ] as const)('%s %s in %s (%s) is %s', (amount, currency, lang, style, expected) => {
    expect(formatMoney(amount, currency, lang, style)).toBe(expected);
  });
});

describe('counts, ordinals and rates', () => {
  it.each([
    [() => formatCount(537, 'en'), '537'],
    [() => formatCount(1000, 'en'), '1,000'],
    [() => formatCount(1000, 'de'), '1.000'],
    [() => formatOrdinal(2, 'en'), '2nd'],
    [() => formatOrdinal(3, 'en'), '3rd'],
    [() => formatOrdinal(11, 'en'), '11th'],
    [() => formatOrdinal(2, 'de'), '2.'],
    [() => formatRate(11.03 / 10.2, 'en'), '1.0814'],
    [() => formatRate(11.03 / 10.2, 'de'), '1,0814'],
  ])('case %#', (run, expected) => {
    expect(run()).toBe(expected);
  });
});

describe('dates', () => {
  it.each([
    [() => formatDate('2022-02-24', 'en'), '24 February 2022'],
    [() => formatDate('2022-02-24', 'de'), '24. Februar 2022'],
    [() => formatDate('1949-04-04', 'en'), '4 April 1949'],
    [() => formatMonth('2024-04-30', 'en'), 'April 2024'],
    [() => formatDateRange('2024-07-09', '2024-07-11', 'en'), '9–11 July 2024'],
    [() => formatDateRange('2024-07-09', '2024-07-11', 'de'), '9.–11. Juli 2024'],
    [() => formatDateRange('2024-01-01', '2024-07-08', 'en'), '1 January – 8 July 2024'],
    [() => formatDateRange('2024-01-01', '2024-07-08', 'de'), '1. Januar – 8. Juli 2024'],
    [() => formatDateRange('2023-12-30', '2024-01-02', 'en'), '30 December 2023 – 2 January 2024'],
    [() => formatMonthRangeParts('2024-04-01', '2024-07-08', 'en'), ['April', 'July 2024']],
    [() => formatMonthRangeParts('2024-04-01', '2024-07-08', 'de'), ['April', 'Juli 2024']],
    [
      () => formatMonthRangeParts('2023-12-01', '2024-02-08', 'en'),
      ['December 2023', 'February 2024'],
    ],
    [() => isoMonth('2024-04-01'), '2024-04'],
  ])('case %#', (run, expected) => {
    expect(run()).toEqual(expected);
  });

  it('keeps the calendar day in any time zone (dates are read as UTC)', () => {
    expect(formatDate('2024-04-30', 'en')).toBe('30 April 2024');
  });

  // The month names are our own (Intl.DateTimeFormat is slow to start in a browser); they must
  // still write every date as Intl does for the edition's locale.
  it.each(['en', 'de'] as const)('writes every month as Intl does (%s)', (lang) => {
    const locale = lang === 'en' ? 'en-GB' : 'de-DE';
    for (let month = 1; month <= 12; month++) {
      const iso = `2024-${String(month).padStart(2, '0')}-${String(month + 9)}`;
      const date = new Date(`${iso}T00:00:00Z`);
      const long = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const;
      expect(formatDate(iso, lang)).toBe(new Intl.DateTimeFormat(locale, long).format(date));
      expect(formatMonth(iso, lang)).toBe(
        new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
          date,
        ),
      );
    }
  });

  it('refuses what is not an ISO date instead of writing a wrong one', () => {
    expect(() => formatDate('8 July 2024', 'en')).toThrow('Not an ISO date: "8 July 2024"');
  });
});

// format.ts writes numbers without Intl (its first use is slow in a browser). These hold it equal
// to Intl for both editions, over numbers of every size the dashboard could show.
describe('numbers are written as Intl writes them', () => {
  const intl = (lang: Lang, options: Intl.NumberFormatOptions) =>
    new Intl.NumberFormat(INTL_LOCALE[lang], options);
  // Doubles from 0 to 10^15, spread over magnitudes, plus short decimals like the dataset's.
  const amount = fc.oneof(
    fc.double({ min: 0, max: 1e15, noNaN: true }),
    fc
      .tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 12 }))
      .map(([digits, exp]) => digits * 10 ** exp),
    fc
      .tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 1, max: 5 }))
      .map(([digits, places]) => digits / 10 ** places),
    fc.constantFrom(0, 999.995, 999_995, 999_999.999, 999_999_999, 10.2e9, 11.03e9, 4.88e9, 1e21),
  );

  it.each(['en', 'de'] as const)('money amounts in compact form (%s)', (lang) => {
    const displays = lang === 'en' ? (['long', 'short'] as const) : (['short'] as const);
    fc.assert(
      fc.property(amount, fc.boolean(), (value, negative) => {
        for (const compactDisplay of displays) {
          const n = negative ? -value : value;
          const expected = intl(lang, {
            notation: 'compact',
            compactDisplay,
            maximumFractionDigits: 2,
          }).format(n);
          expect(formatMoney(n, 'EUR', lang, compactDisplay)).toBe(
            lang === 'en' ? `€${expected}` : `${expected}\u00a0€`,
          );
        }
      }),
      { numRuns: 2000 },
    );
  });

  it.each(['en', 'de'] as const)('counts and rates (%s)', (lang) => {
    fc.assert(
      fc.property(amount, (value) => {
        expect(formatCount(value, lang)).toBe(
          intl(lang, { maximumFractionDigits: 0 }).format(value),
        );
        expect(formatRate(value, lang)).toBe(
          intl(lang, { minimumFractionDigits: 4, maximumFractionDigits: 4 }).format(value),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('English ordinals', () => {
    const rules = new Intl.PluralRules('en', { type: 'ordinal' });
    const suffix = { one: 'st', two: 'nd', few: 'rd', other: 'th' } as Record<string, string>;
    for (let n = 0; n <= 1000; n++) {
      expect(formatOrdinal(n, 'en')).toBe(`${intl('en', {}).format(n)}${suffix[rules.select(n)]}`);
    }
  });

  it('currency symbols and their place are the locale patterns', () => {
    for (const lang of ['en', 'de'] as const) {
      for (const currency of ['EUR', 'USD'] as const) {
        const parts = intl(lang, {
          style: 'currency',
          currency,
          currencyDisplay: 'narrowSymbol',
        }).formatToParts(1);
        const symbol = parts.find((p) => p.type === 'currency')?.value ?? '';
        const before = parts.findIndex((p) => p.type === 'currency') === 0;
        const written = formatMoney(1e9, currency, lang, 'short');
        expect(before ? written.startsWith(symbol) : written.endsWith(`\u00a0${symbol}`)).toBe(
          true,
        );
      }
    }
  });
});
