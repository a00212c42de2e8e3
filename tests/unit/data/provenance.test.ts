// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';

/**
 * Every excerpt and quote must be the article's own words. The article lives beside the repo in
 * shared/ (not copied into the project), so this check runs wherever that folder is present: in CI
 * and in the team's checkouts; a lone clone skips it and says so.
 */
const ARTICLE = resolve(import.meta.dirname, '../../../../shared/seeds/000_577852be06090f60.txt');
const present = existsSync(ARTICLE);

describe.skipIf(!present)('provenance against the article text', () => {
  const text = present ? readFileSync(ARTICLE, 'utf8') : '';
  const passages = [
    ...dataset.figures.map((f) => [`figures.${f.id}.excerpt`, f.excerpt]),
    ...dataset.quotes.map((q) => [`quotes.${q.id}.text`, q.text]),
    ...dataset.timeline.flatMap((e) =>
      e.excerpt ? [[`timeline.${e.id}.excerpt`, e.excerpt]] : [],
    ),
    ...dataset.figures.flatMap((f) =>
      f.quantity.kind === 'qualitative' ? [[`figures.${f.id}.quantity.text`, f.quantity.text]] : [],
    ),
  ];

  it.each(passages)('%s is verbatim in the article', (_path, passage) => {
    expect(text).toContain(passage);
  });

  it.each([
    ['€10.2 billion ($11.03 billion)'],
    ['€4.88 billion'],
    ['537 surveillance drones'],
    ['staff of 700 people'],
    ['75-year anniversary'],
    ['Linus Höller'],
  ])('the article says %s', (phrase) => {
    expect(text).toContain(phrase);
  });
});
