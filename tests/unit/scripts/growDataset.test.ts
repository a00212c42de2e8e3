// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkData } from '../../../src/data/checkDataset';
import { dataset } from '../../../src/data/dataset';
import { growDataset } from '../../../scripts/growDataset';

describe('growDataset (npm run data:grow)', () => {
  it.each([10, 50])('writes a valid dataset ×%i: every event and quote that many times', (n) => {
    const grown = growDataset(dataset, n);
    const checked = checkData(grown);
    expect(checked.ok ? [] : checked.problems).toEqual([]);
    expect(grown.timeline).toHaveLength(dataset.timeline.length * n);
    expect(grown.quotes).toHaveLength(dataset.quotes.length * n);
    expect(grown.figures).toEqual(dataset.figures);
  });

  it('spreads the copies over the two years after each date, in varied words', () => {
    const grown = growDataset(dataset, 50);
    const years = new Set(grown.timeline.map((e) => e.start.slice(0, 4)));
    expect([...years]).toEqual(expect.arrayContaining(['2024', '2025', '2026']));
    expect(new Set(grown.timeline.map((e) => e.title.en)).size).toBeGreaterThanOrEqual(40);
    expect(new Set(grown.timeline.map((e) => e.description.de)).size).toBeGreaterThan(150);
    for (const event of grown.timeline) {
      if (event.end !== undefined) expect(event.end >= event.start).toBe(true);
    }
  });

  it('keeps the article’s words verbatim: every excerpt is one of the originals', () => {
    const originals = new Set(dataset.timeline.map((e) => e.excerpt));
    for (const event of growDataset(dataset, 10).timeline) {
      expect(originals.has(event.excerpt)).toBe(true);
    }
  });

  it('writes the same file for the same factor, and refuses a factor that is not a whole number', () => {
    expect(growDataset(dataset, 10)).toEqual(growDataset(dataset, 10));
    expect(growDataset(dataset, 1)).toEqual(dataset);
    expect(() => growDataset(dataset, 2.5)).toThrow('whole number');
    expect(() => growDataset(dataset, 0)).toThrow('whole number');
  });
});
