import type { Lang } from './locale';
import { roundDecimal, writeDecimal } from './writeDecimal';

export type CompactDisplay = 'long' | 'short';

/**
 * Intl's compact notation for en-GB and de-DE ("10.2bn", "10.2 billion", "10,2 Mrd."), the
 * forms the dashboard uses: the word or abbreviation for each power of a thousand (10^0, 10^3,
 * 10^6, 10^9, 10^12). German writes thousands in full ("12.345": null, no form of its own), and
 * puts a no-break space before its abbreviations, as CLDR does.
 */
const SUFFIXES: Record<`${Lang}-${CompactDisplay}`, readonly (string | null)[]> = {
  'en-short': ['', 'k', 'm', 'bn', 'tn'],
  'en-long': ['', ' thousand', ' million', ' billion', ' trillion'],
  'de-short': ['', null, '\u00a0Mio.', '\u00a0Mrd.', '\u00a0Bio.'],
  // German long forms inflect ("1 Milliarde", "2 Milliarden"); the dashboard never uses them.
  'de-long': [],
};

/** A power of ten and the word or abbreviation that stands for it. */
interface Tier {
  exp: number;
  suffix: string;
}

function tiersOf(suffixes: readonly (string | null)[]): Tier[] {
  return suffixes.flatMap((suffix, i) => (suffix === null ? [] : [{ exp: 3 * i, suffix }]));
}

const MAX_FRACTION = 2;

function tierFor(tiers: readonly Tier[], magnitude: number): Tier {
  return tiers.filter((tier) => tier.exp <= magnitude).at(-1) ?? { exp: 0, suffix: '' };
}

/** The power of ten of a number's leading digit once rounded at `shift` (0 for anything under 10). */
function magnitude(abs: number, shift: number): number {
  const { int } = roundDecimal(abs, MAX_FRACTION, shift);
  return int === '0' ? 0 : int.length - 1 + shift;
}

/**
 * A number in compact notation with at most two decimals, as
 * `Intl.NumberFormat(locale, { notation: 'compact', compactDisplay, maximumFractionDigits: 2 })`
 * writes it, without Intl's start-up cost (see writeDecimal). Like Intl, a number that rounds up
 * into the next power is written in it: 999,999,999 is "1bn", not "1000m".
 */
export function writeCompact(value: number, lang: Lang, display: CompactDisplay): string {
  const tiers = tiersOf(SUFFIXES[`${lang}-${display}`]);
  if (tiers.length === 0) throw new Error(`No compact ${display} form for ${lang}`);
  const abs = Math.abs(value);
  let tier = tierFor(tiers, magnitude(abs, 0));
  const next = tierFor(tiers, magnitude(abs, tier.exp));
  if (next.exp > tier.exp) tier = next;
  const number = writeDecimal(value, lang, {
    minFraction: 0,
    maxFraction: MAX_FRACTION,
    minGrouping: 2,
    shift: tier.exp,
  });
  return `${number}${tier.suffix}`;
}
