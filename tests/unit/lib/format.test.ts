// @vitest-environment node
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
});
