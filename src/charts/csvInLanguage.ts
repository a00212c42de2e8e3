import type { Lang } from '../lib/locale';
import type { ChartCsv } from './ChartSpec';

/**
 * German names for the downloads' columns. English files keep the snake_case names data tools
 * expect; a German reader opening the file in a spreadsheet gets German headings.
 */
const GERMAN_COLUMNS: Readonly<Record<string, string>> = {
  measure: 'Kennzahl',
  period: 'Zeitraum',
  amount: 'Betrag',
  currency: 'Währung',
  converted: 'Umgerechnet',
  as_of: 'Stand',
  as_of_basis: 'Beleg des Stands',
  source: 'Quelle',
  item: 'Art',
  units: 'Anzahl',
  start: 'Beginn',
  end: 'Ende',
  approximate: 'Ungefähr',
  date_basis: 'Beleg des Datums',
  date_words: 'Wortlaut des Datums',
  event: 'Ereignis',
};

/** The coded values of those columns (yes/no, how a date is known), in German. */
const GERMAN_CODES: Readonly<Record<string, string>> = {
  yes: 'ja',
  no: 'nein',
  stated: 'genannt',
  inferred: 'erschlossen',
  context: 'Hintergrund',
};
const CODED = new Set(['converted', 'approximate', 'as_of_basis', 'date_basis']);

/** A chart's download in the reader's language: headings and coded values; the data as it is. */
export function csvInLanguage(csv: ChartCsv, lang: Lang): ChartCsv {
  if (lang === 'en') return csv;
  return {
    columns: csv.columns.map((column) => GERMAN_COLUMNS[column] ?? column),
    rows: csv.rows.map((row) =>
      row.map((value, i) =>
        typeof value === 'string' && CODED.has(csv.columns[i] ?? '')
          ? (GERMAN_CODES[value] ?? value)
          : value,
      ),
    ),
  };
}
