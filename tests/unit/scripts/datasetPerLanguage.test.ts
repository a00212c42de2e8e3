// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { datasetIn } from '../../../scripts/datasetPerLanguage';
import { dataset } from '../../../src/data/dataset';

/** Every string in a value, with where it sits. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  }
  return [];
}

describe('each edition’s dataset', () => {
  it.each(['en', 'de'] as const)(
    'keeps every %s text and no text of the other language',
    (lang) => {
      const other = lang === 'en' ? 'de' : 'en';
      const kept = new Map(strings(datasetIn(dataset, lang)));
      for (const [path, text] of strings(dataset)) {
        if (path.endsWith(`.${other}`)) expect(kept.has(path), path).toBe(false);
        else expect(kept.get(path), path).toBe(text);
      }
    },
  );

  it('keeps the shape: ids, numbers and dates as they are', () => {
    const en = datasetIn(dataset, 'en') as typeof dataset;
    expect(en.figures.map((f) => f.id)).toEqual(dataset.figures.map((f) => f.id));
    expect(en.figures[0]?.quantity).toEqual(dataset.figures[0]?.quantity);
    expect(en.timeline.map((e) => e.start)).toEqual(dataset.timeline.map((e) => e.start));
  });
});
