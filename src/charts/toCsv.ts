import type { ChartCsv } from './ChartSpec';

/** Characters that make a spreadsheet read a cell as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  // A leading apostrophe keeps text as text; negative numbers arrive as numbers, not strings.
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * RFC 4180 CSV with CRLF line ends and a byte-order mark, so Excel reads the € and ö as UTF-8.
 */
export function toCsv({ columns, rows }: ChartCsv): string {
  const lines = [columns, ...rows].map((row) => row.map(cell).join(','));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
