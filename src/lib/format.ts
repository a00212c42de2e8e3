import type { Currency, Lang } from './locale';
import { writeCompact } from './writeCompact';
import { writeDecimal } from './writeDecimal';

/**
 * Every number and date on screen goes through this module, so one table of tests covers how the
 * dashboard writes them in each language. None of it calls Intl (see writeDecimal for why); the
 * tests hold each function equal to what Intl writes for en-GB and de-DE.
 */

/** English reads "billion" in full; German newsrooms write "Mrd.". */
const COMPACT_DISPLAY: Record<Lang, 'long' | 'short'> = { en: 'long', de: 'short' };

/**
 * long: running text; short: axes and labels; headline: a figure's big number, written as running
 * text except that German keeps "$", so "11,03 Mrd. $" fits a card's line.
 */
export type MoneyStyle = 'long' | 'short' | 'headline';

/**
 * "€10.2 billion" / "10,2 Mrd. €" (long) or "€10.2bn" / "10,2 Mrd. €" (short, for axes and labels);
 * dollars in German prose are "11,03 Mrd. US-Dollar", on axes "11,03 Mrd. $".
 * Intl's compact currency style ignores compactDisplay, so the number and the symbol are joined here
 * in the order the locale's own currency pattern uses.
 */
export function formatMoney(
  amount: number,
  currency: Currency,
  lang: Lang,
  style: MoneyStyle = 'long',
): string {
  const number = writeCompact(amount, lang, style === 'short' ? 'short' : COMPACT_DISPLAY[lang]);
  // Where each locale's currency pattern puts the symbol: before in en-GB, after in de-DE.
  // German running text names the dollar ("11,03 Mrd. US-Dollar"); "$" alone is for axes.
  const symbol =
    lang === 'de' && currency === 'USD' && style === 'long'
      ? 'US-Dollar'
      : CURRENCY_SYMBOL[currency];
  return lang === 'en' ? `${symbol}${number}` : `${number}\u00a0${symbol}`;
}

/** Intl's narrow currency symbols. */
const CURRENCY_SYMBOL: Record<Currency, string> = { EUR: '€', USD: '$' };

/** Whole counts: "537", "1,000" / "1.000". */
export function formatCount(value: number, lang: Lang): string {
  return writeDecimal(value, lang, { minFraction: 0, maxFraction: 0, minGrouping: 1 });
}

/** English ordinal suffixes by the CLDR rule: 1st, 2nd, 3rd, but 11th–13th. */
function englishOrdinal(value: number): string {
  const lastTwo = Math.abs(value) % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return 'th';
  return { 1: 'st', 2: 'nd', 3: 'rd' }[Math.abs(value) % 10] ?? 'th';
}

/** Ordinals for ranks: "2nd" / "2.". */
export function formatOrdinal(value: number, lang: Lang): string {
  const count = formatCount(value, lang);
  return lang === 'de' ? `${count}.` : `${count}${englishOrdinal(value)}`;
}

/** German newsrooms write small places as words: "Platz zwei", not "Platz 2.". */
const GERMAN_PLACES = 'null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf'.split(
  ' ',
);

/** A place in a ranking: "2nd" / "zwei" (as in "Platz zwei"), digits from 13 on. */
export function formatPlace(value: number, lang: Lang): string {
  if (lang === 'en') return formatOrdinal(value, lang);
  return GERMAN_PLACES[value] ?? formatCount(value, lang);
}

/** Exchange rates to four decimals: "1.0814" / "1,0814". */
export function formatRate(value: number, lang: Lang): string {
  return writeDecimal(value, lang, { minFraction: 4, maxFraction: 4, minGrouping: 1 });
}

/**
 * Month names for dates, written here rather than by Intl.DateTimeFormat: its first use loads the
 * locale's calendar data, ≈ 45 ms on a phone in the middle of hydration (≈ 180 ms on a 4× slowed
 * CPU), and the prerender (Node's ICU) and the browser must write a date to the character.
 */
const MONTHS: Record<Lang, readonly string[]> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  de: [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ],
};

interface Day {
  year: number;
  /** 0–11. */
  month: number;
  day: number;
}

/** A dataset date ("2024-07-08") as calendar numbers: no Date, so no time zone can shift it. */
function calendarDay(iso: string): Day {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) throw new Error(`Not an ISO date: "${iso}"`);
  return { year: Number(match[1]), month: Number(match[2]) - 1, day: Number(match[3]) };
}

/** "24" / "24.": the day as each language writes it before a month name. */
function dayWord(day: number, lang: Lang): string {
  return lang === 'de' ? `${day}.` : String(day);
}

function monthName(month: number, lang: Lang): string {
  return MONTHS[lang][month] ?? '';
}

/** "24 February 2022" / "24. Februar 2022". */
export function formatDate(iso: string, lang: Lang): string {
  const { year, month, day } = calendarDay(iso);
  return `${dayWord(day, lang)} ${monthName(month, lang)} ${year}`;
}

/** "April 2024" / "April 2024": for dates the article gives only roughly. */
export function formatMonth(iso: string, lang: Lang): string {
  const { year, month } = calendarDay(iso);
  return `${monthName(month, lang)} ${year}`;
}

/** Ranges are joined here, not by Intl's formatRange: its spacing differs between ICU versions,
 * and the prerendered page (Node) must match the browser to the character. */
const RANGE_DASH = '\u2013';

/**
 * A range in three pieces — start, dash, end — so a view can wrap each date in its own <time>:
 * "9" "–" "11 July 2024", "1 January" " – " "8 July 2024" / "9." "–" "11. Juli 2024".
 */
export function formatDateRangeParts(
  start: string,
  end: string,
  lang: Lang,
): [string, string, string] {
  const a = calendarDay(start);
  const b = calendarDay(end);
  const last = formatDate(end, lang);
  if (a.year !== b.year) return [formatDate(start, lang), ` ${RANGE_DASH} `, last];
  // The start date without its year (or month), keeping the day's own punctuation: "9." in German.
  return a.month !== b.month
    ? [`${dayWord(a.day, lang)} ${monthName(a.month, lang)}`, ` ${RANGE_DASH} `, last]
    : [dayWord(a.day, lang), RANGE_DASH, last];
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
  const first = calendarDay(start);
  if (first.year !== calendarDay(end).year) return [formatMonth(start, lang), last];
  return [monthName(first.month, lang), last];
}

/** "2024-04": the month an ISO day falls in, for `<time datetime>` on a rough date. */
export function isoMonth(iso: string): string {
  return iso.slice(0, 7);
}
