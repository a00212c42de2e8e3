import { INTL_LOCALE, type Currency, type Lang } from './locale';

/**
 * Every number and date on screen goes through this module, so one table of tests covers how the
 * dashboard writes them in each language. Formatters are cached: Intl constructors are slow.
 */

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALE[lang], options);
    cache.set(key, f);
  }
  return f;
}

function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) {
    // UTC: dataset dates are calendar days, and a reader west of Greenwich must not see the day before.
    f = new Intl.DateTimeFormat(INTL_LOCALE[lang], { ...options, timeZone: 'UTC' });
    cache.set(key, f);
  }
  return f;
}

/** English reads "billion" in full; German newsrooms write "Mrd.". */
const COMPACT_DISPLAY: Record<Lang, 'long' | 'short'> = { en: 'long', de: 'short' };

export type MoneyStyle = 'long' | 'short';

/**
 * "€10.2 billion" / "10,2 Mrd. €" (long) or "€10.2bn" / "10,2 Mrd. €" (short, for axes and labels).
 * Intl's compact currency style ignores compactDisplay, so the number and the symbol are joined here
 * in the order the locale's own currency pattern uses.
 */
export function formatMoney(
  amount: number,
  currency: Currency,
  lang: Lang,
  style: MoneyStyle = 'long',
): string {
  const number = numberFormat(lang, {
    notation: 'compact',
    compactDisplay: style === 'long' ? COMPACT_DISPLAY[lang] : 'short',
    maximumFractionDigits: 2,
  }).format(amount);
  const parts = numberFormat(lang, {
    style: 'currency',
    currency,
    currencyDisplay: 'narrowSymbol',
  }).formatToParts(1);
  const symbolIndex = parts.findIndex((p) => p.type === 'currency');
  const integerIndex = parts.findIndex((p) => p.type === 'integer');
  const symbol = parts[symbolIndex]?.value ?? currency;
  return symbolIndex < integerIndex ? `${symbol}${number}` : `${number}\u00a0${symbol}`;
}

/** Whole counts: "537", "1,000" / "1.000". */
export function formatCount(value: number, lang: Lang): string {
  return numberFormat(lang, { maximumFractionDigits: 0 }).format(value);
}

/** Ordinals for ranks: "2nd" / "2.". */
export function formatOrdinal(value: number, lang: Lang): string {
  if (lang === 'de') return `${formatCount(value, lang)}.`;
  const rule = new Intl.PluralRules('en', { type: 'ordinal' }).select(value);
  const suffix: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
  return `${formatCount(value, lang)}${suffix[rule] ?? 'th'}`;
}

/** Exchange rates to four decimals: "1.0814" / "1,0814". */
export function formatRate(value: number, lang: Lang): string {
  return numberFormat(lang, { minimumFractionDigits: 4, maximumFractionDigits: 4 }).format(value);
}

function toDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** "24 February 2022" / "24. Februar 2022". */
export function formatDate(iso: string, lang: Lang): string {
  return dateFormat(lang, { day: 'numeric', month: 'long', year: 'numeric' }).format(toDate(iso));
}

/** "April 2024" / "April 2024": for dates the article gives only roughly. */
export function formatMonth(iso: string, lang: Lang): string {
  return dateFormat(lang, { month: 'long', year: 'numeric' }).format(toDate(iso));
}

/** Ranges are joined here, not by Intl's formatRange: its spacing differs between ICU versions,
 * and the prerendered page (Node) must match the browser to the character. */
const RANGE_DASH = '\u2013';

function utcParts(iso: string): { year: number; month: number } {
  const d = toDate(iso);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() };
}

function datePrefix(iso: string, lang: Lang, stopAt: 'month' | 'year'): string {
  const parts = dateFormat(lang, { day: 'numeric', month: 'long', year: 'numeric' }).formatToParts(
    toDate(iso),
  );
  const stop = parts.findIndex((p) => p.type === stopAt);
  return parts
    .slice(0, stop)
    .map((p) => p.value)
    .join('')
    .trim();
}

/**
 * A range in three pieces — start, dash, end — so a view can wrap each date in its own <time>:
 * "9" "–" "11 July 2024", "1 January" " – " "8 July 2024" / "9." "–" "11. Juli 2024".
 */
export function formatDateRangeParts(
  start: string,
  end: string,
  lang: Lang,
): [string, string, string] {
  const a = utcParts(start);
  const b = utcParts(end);
  const last = formatDate(end, lang);
  if (a.year !== b.year) return [formatDate(start, lang), ` ${RANGE_DASH} `, last];
  // Cut the start date before its year (or month), keeping the locale's own punctuation: "9." in German.
  return a.month !== b.month
    ? [datePrefix(start, lang, 'year'), ` ${RANGE_DASH} `, last]
    : [datePrefix(start, lang, 'month'), RANGE_DASH, last];
}

/** "9–11 July 2024", "1 January – 8 July 2024" / "9.–11. Juli 2024", "1. Januar – 8. Juli 2024". */
export function formatDateRange(start: string, end: string, lang: Lang): string {
  return formatDateRangeParts(start, end, lang).join('');
}

/**
 * A rough period as two month names, for "between April and July 2024": the first without its
 * year when both share it. "April" "July 2024" / "April" "Juli 2024".
 */
export function formatMonthRangeParts(start: string, end: string, lang: Lang): [string, string] {
  const last = formatMonth(end, lang);
  if (utcParts(start).year !== utcParts(end).year) return [formatMonth(start, lang), last];
  return [dateFormat(lang, { month: 'long' }).format(toDate(start)), last];
}

/** "2024-04": the month an ISO day falls in, for `<time datetime>` on a rough date. */
export function isoMonth(iso: string): string {
  return iso.slice(0, 7);
}
