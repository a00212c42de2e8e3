// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { articlePresent, articleText, isInArticle } from '../../support/articleText';

/**
 * Every excerpt, quote and date's wording must be the article's own words. The article lives
 * beside the repo in shared/ (not copied into the project), so this check runs wherever that folder
 * is present: in CI and in the team's checkouts; a lone clone skips it and says so.
 */
describe.skipIf(!articlePresent)('provenance against the article text', () => {
  const passages = [
    ...dataset.figures.map((f) => [`figures.${f.id}.excerpt`, f.excerpt]),
    ...dataset.quotes.map((q) => [`quotes.${q.id}.excerpt`, q.excerpt]),
    ...dataset.timeline.flatMap((e) =>
      e.excerpt ? [[`timeline.${e.id}.excerpt`, e.excerpt]] : [],
    ),
    ...dataset.figures.flatMap((f) =>
      f.quantity.kind === 'qualitative' ? [[`figures.${f.id}.quantity.text`, f.quantity.text]] : [],
    ),
  ];

  it.each(passages)('%s is verbatim in the article', (_path, passage) => {
    expect(isInArticle(passage ?? '')).toBe(true);
  });

  /** The words each date rests on: what states it, or what it is worked out from. */
  const dateWords = [
    ...dataset.figures.map((f) => [`figures.${f.id}.asOf`, f.asOf.basis, f.asOf.words]),
    ...dataset.timeline.map((e) => [`timeline.${e.id}`, e.dateBasis, e.dateWords]),
    ...dataset.quotes.flatMap((q) =>
      q.dateBasis ? [[`quotes.${q.id}`, q.dateBasis, q.dateWords]] : [],
    ),
  ];

  it.each(dateWords)('%s: a date marked %s rests on words in the article', (_p, basis, words) => {
    if (basis === 'context') {
      expect(words).toBeUndefined();
    } else {
      // Case and all: these words are shown in quotation marks beside the date.
      expect(articleText).toContain(words);
    }
  });

  it('marks no event stated whose date the article does not give in words', () => {
    const stated = dataset.timeline.filter((e) => e.dateBasis === 'stated').map((e) => e.id);
    // The two periods the article words itself: "In 2024 alone" and "As of the end of April".
    expect(stated).toEqual(['exports-authorised-2024', 'aid-total-april']);
  });

  it.each([
    ['€10.2 billion ($11.03 billion)'],
    ['€4.88 billion'],
    ['537 surveillance drones'],
    ['staff of 700 people'],
    ['75-year anniversary'],
    ['Linus Höller'],
  ])('the article says %s', (phrase) => {
    expect(articleText).toContain(phrase);
  });
});
