import type { Lang } from './locale';

/** Each edition's decimal mark and digit-group separator (en-GB and de-DE, as Intl writes them). */
const MARKS: Record<Lang, { decimal: string; group: string }> = {
  en: { decimal: '.', group: ',' },
  de: { decimal: ',', group: '.' },
};

export interface DecimalOptions {
  minFraction: number;
  maxFraction: number;
  /**
   * The fewest integer digits that get separators: 1 writes "1,000"; 2 (Intl's compact
   * notation) writes "1000" but "12,345".
   */
  minGrouping: 1 | 2;
  /** Powers of ten to divide by first, exactly (compact notation: 9 writes 10.2e9 as "10.2"). */
  shift?: number;
}

/**
 * The digits of a number as its shortest round-trip decimal ("1.005", not the binary
 * 1.00499…), which is what Intl rounds, divided by 10^shift by moving the point. Exponent
 * notation is spelled out.
 */
function decimalDigits(abs: number, shift: number): { int: string; frac: string } {
  const [mantissa = '0', exponent = '0'] = String(abs).split('e');
  const [int = '0', frac = ''] = mantissa.split('.');
  let digits = int + frac;
  let point = int.length + Number(exponent) - shift;
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length);
  return { int: digits.slice(0, point).replace(/^0+(?=\d)/, ''), frac: digits.slice(point) };
}

/** Adds one to a string of decimal digits: "0999" → "1000". */
function increment(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] !== '9') {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
    out[i] = '0';
  }
  return `1${out.join('')}`;
}

/** Rounds abs ÷ 10^shift half away from zero (Intl's default) to `maxFraction` digits. */
export function roundDecimal(
  abs: number,
  maxFraction: number,
  shift = 0,
): { int: string; frac: string } {
  const { int, frac } = decimalDigits(abs, shift);
  if (frac.length <= maxFraction) return { int, frac };
  const kept = int + frac.slice(0, maxFraction);
  const rounded = Number(frac[maxFraction]) >= 5 ? increment(kept) : kept;
  const point = rounded.length - maxFraction;
  return { int: rounded.slice(0, point), frac: rounded.slice(point) };
}

function group(int: string, separator: string, minGrouping: 1 | 2): string {
  if (int.length < 4 + (minGrouping - 1)) return int;
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/**
 * A number written as the edition's locale writes it: "1,234.5" / "1.234,5". Written here rather
 * than by Intl.NumberFormat because a browser's first Intl formatter loads the locale's data in
 * the middle of hydration (≈ 45 ms on this machine, ≈ 180 ms on a 4× slowed CPU), and because the
 * prerender (Node's ICU) and the browser (its own ICU) must write each number to the character.
 * Unit tests hold it equal to Intl (tests/unit/lib/format.test.ts).
 */
export function writeDecimal(value: number, lang: Lang, options: DecimalOptions): string {
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  const { int, frac } = roundDecimal(Math.abs(value), options.maxFraction, options.shift);
  const trimmed = frac.replace(/0+$/, '').padEnd(options.minFraction, '0');
  const marks = MARKS[lang];
  const whole = group(int, marks.group, options.minGrouping);
  return `${sign}${whole}${trimmed ? marks.decimal + trimmed : ''}`;
}
