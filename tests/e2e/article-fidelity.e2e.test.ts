// @vitest-environment jsdom
/**
 * The built site read as a fact-checker reads it, the article open beside it: on every HTML file
 * the build wrote, whatever is shown as quotation is the article's words, and every date called
 * stated has its words beside it. (The unit test checks the same of each slide and the renderer.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  articlePresent,
  isInArticle,
  quotedPassages,
  statedDatesWithoutWords,
} from '../support/articleText';
import { DIST_DIR } from './support/paths';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

const pages = htmlFiles(DIST_DIR).map((file) => ({
  name: relative(DIST_DIR, file),
  doc: new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html'),
}));

describe.skipIf(!articlePresent)('every built page against the article', () => {
  it('finds the prerendered pages in both languages', () => {
    expect(pages.map((p) => p.name)).toEqual(
      expect.arrayContaining([
        'index.html',
        'de/index.html',
        'embed/timeline/index.html',
        '404.html',
      ]),
    );
  });

  it.each(pages)('$name holds only the article’s words inside quotation', ({ doc }) => {
    expect(quotedPassages(doc).filter((passage) => !isInArticle(passage))).toEqual([]);
  });

  it.each(pages)('$name gives the article’s words for each date it calls stated', ({ doc }) => {
    expect(statedDatesWithoutWords(doc)).toEqual([]);
  });
});
