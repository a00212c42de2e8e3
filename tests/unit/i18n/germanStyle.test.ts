/**
 * The German edition as a German newsroom sets it: amounts that never break across a line, one
 * German word per recurring term (src/lib/i18n/glossary.ts), German quotation marks, and German
 * downloads. Checked over every German string the app can show: the catalogues and the dataset's
 * German fields.
 */
import { describe, expect, it } from 'vitest';
import { csvInLanguage } from '../../../src/charts/csvInLanguage';
import { exportFileName } from '../../../src/charts/exportFileName';
import { CHARTS } from '../../../src/charts/registry';
import { dataset } from '../../../src/data/dataset';
import { formatMoney, formatPlace } from '../../../src/lib/format';
import { de } from '../../../src/lib/i18n/de';
import { deDeck } from '../../../src/lib/i18n/de.deck';
import { deLater } from '../../../src/lib/i18n/de.later';
import { GLOSSARY } from '../../../src/lib/i18n/glossary';
import { translate } from '../../../src/lib/i18n/translate';
import { nestQuotes, quoted } from '../../../src/lib/splitQuoted';
import { chartContext } from '../../support/chartContext';

/** Every `de` field of the dataset, with its path. */
function germanFields(value: unknown, path = 'dataset'): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => germanFields(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if (typeof record.de === 'string') return [[`${path}.de`, record.de]];
  return Object.entries(record).flatMap(([key, v]) => germanFields(v, `${path}.${key}`));
}

const GERMAN: [string, string][] = [
  ...Object.entries({ ...de, ...deDeck, ...deLater }),
  ...germanFields(dataset),
];

/**
 * An amount or rate with an ordinary space inside it, where a line could break: "10,2 Mrd. €",
 * "11,03 Mrd. US-Dollar", "1,0814 US-Dollar je Euro", "{rate} US-Dollar".
 */
const BREAKABLE_AMOUNT =
  /(?:\d|\{\w+\}) (?:Mrd\.|Mio\.|€|\$|US-Dollar|Euro)|(?:Mrd\.|Mio\.) (?:€|\$|US-Dollar|Euro)|US-Dollar je|je Euro/;

describe('German as a German newsroom writes it', () => {
  it('joins every amount and rate with non-breaking spaces', () => {
    const breakable = GERMAN.filter(([, text]) => BREAKABLE_AMOUNT.test(text)).map(
      ([where, text]) => `${where}: ${text.match(BREAKABLE_AMOUNT)?.[0]}`,
    );
    expect(breakable).toEqual([]);
    for (const currency of ['EUR', 'USD'] as const) {
      for (const style of ['long', 'short', 'headline'] as const) {
        expect(formatMoney(11.03e9, currency, 'de', style)).not.toMatch(BREAKABLE_AMOUNT);
      }
    }
  });

  it('names the dollar in prose and keeps "$" for chart axes', () => {
    expect(formatMoney(11.03e9, 'USD', 'de')).toBe('11,03\u00a0Mrd.\u00a0US-Dollar');
    expect(formatMoney(11.03e9, 'USD', 'de', 'short')).toBe('11,03\u00a0Mrd.\u00a0$');
    // A figure's big number: as running text, but short enough for its card's line.
    expect(formatMoney(11.03e9, 'USD', 'de', 'headline')).toBe('11,03\u00a0Mrd.\u00a0$');
    expect(formatMoney(10.2e9, 'EUR', 'en', 'headline')).toBe('€10.2 billion');
    expect(formatMoney(10.2e9, 'EUR', 'de')).toBe('10,2\u00a0Mrd.\u00a0€');
  });

  it('ranks as a newspaper does: "Platz zwei hinter den USA"', () => {
    expect(translate('de', 'unit.rankAfter', { ordinal: formatPlace(2, 'de') })).toBe(
      'Platz zwei hinter den USA',
    );
    expect(formatPlace(2, 'en')).toBe('2nd');
  });

  it.each(GLOSSARY.map((entry) => [entry.en, entry] as const))(
    'renders “%s” one way only',
    (_, entry) => {
      const misused = entry.avoid.flatMap((word) => {
        // Whole words: "Maß" but not "Maßnahme".
        const pattern = new RegExp(
          `(?<![\\p{L}-])${word.replace(/[.$]/g, '\\$&')}(?![\\p{L}])`,
          'u',
        );
        return GERMAN.filter(([, text]) => pattern.test(text)).map(
          ([where]) => `${where} uses “${word}” (say “${entry.de}”)`,
        );
      });
      expect(misused).toEqual([]);
    },
  );

  it('quotes in German marks inside German text, whatever the language quoted', () => {
    expect(quoted('Monday', 'de')).toBe('„Monday“');
    expect(quoted('Monday', 'en')).toBe('“Monday”');
    // The article's own marks become the inner pair.
    expect(nestQuotes('Germany will be “represented,” he said', 'de')).toBe(
      'Germany will be ‚represented,‘ he said',
    );
    const quotedTexts = GERMAN.filter(([, text]) => /[“”]/.test(text.replace(/„[^“]*“/g, '')));
    expect(quotedTexts.map(([where]) => where)).toEqual([]);
  });

  it('gives German downloads German headings, values and source line', () => {
    const ctx = chartContext('de');
    for (const spec of CHARTS) {
      const csv = csvInLanguage(spec.csv(ctx), 'de');
      expect(csv.columns, spec.id).toContain('Quelle');
      for (const column of csv.columns) expect(column, spec.id).not.toMatch(/^[a-z_]+$/);
      const cells = csv.rows.flat().map(String);
      for (const english of ['yes', 'no', 'stated', 'inferred', 'context']) {
        expect(cells, `${spec.id} has “${english}”`).not.toContain(english);
      }
      expect(cells.join(' '), spec.id).toContain('Defense News, Bericht von Linus Höller');
      expect(cells.join(' '), spec.id).not.toMatch(/report by|Report by/);
    }
    // …and German names.
    expect(CHARTS.map((spec) => exportFileName(spec, ctx, 'csv'))).toEqual([
      'militaerhilfe-ukraine_hilfe-und-exporte_eur_de.csv',
      'militaerhilfe-ukraine_drohnen_de.csv',
      'militaerhilfe-ukraine_chronologie_de.csv',
    ]);
    // English files keep the names data tools expect.
    const en = CHARTS[0]?.csv({ ...ctx, lang: 'en' });
    expect(en && csvInLanguage(en, 'en').columns).toContain('source');
  });
});
