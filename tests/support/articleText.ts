import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The article the dashboard rests on. It lives beside the repository in shared/ (never copied into
 * the project), so checks against it run where that folder is: in CI and in the team's checkouts.
 */
const ARTICLE = resolve(import.meta.dirname, '../../../shared/seeds/000_577852be06090f60.txt');

export const articlePresent = existsSync(ARTICLE);
export const articleText = articlePresent ? readFileSync(ARTICLE, 'utf8') : '';

/**
 * Quotation compared as a fact-checker reads it: quotation marks dropped (the page draws them with
 * CSS or `<q>`, or nests them in a note; the article types them), apostrophes made one, whitespace collapsed.
 */
export function normaliseQuotation(text: string): string {
  return (
    text
      .replace(/[“”„"«»‘‚]/g, '')
      // ’ is an apostrophe between letters (Kyiv’s) and a closing inner quotation mark elsewhere.
      .replace(/’(?![A-Za-z])/g, '')
      .replace(/[’']/g, "'")
      .replace(/\s+/g, ' ')
      .trim()
  );
}

const normalisedArticle = normaliseQuotation(articleText);

/**
 * Whether a quoted passage is the article's own words: the whole passage, or, where an ellipsis
 * marks words left out, each part in the article's order.
 */
export function isInArticle(passage: string): boolean {
  const parts = normaliseQuotation(passage)
    .split('…')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  if (parts.length === 0) return false;
  let from = 0;
  for (const part of parts) {
    const at = normalisedArticle.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

/**
 * Every passage a page presents as quotation: each `<blockquote>` and `<q>`, and any words it
 * types between quotation marks (“…”, „…“) in its visible text.
 */
export function quotedPassages(root: ParentNode): string[] {
  const elements = [...root.querySelectorAll('blockquote, q')].map((el) => el.textContent ?? '');
  const text = visibleText(root);
  const marked = [...text.matchAll(/“([^“”]+)”|„([^„“]+)“/g)].map((m) => m[1] ?? m[2] ?? '');
  return [...elements, ...marked].map((s) => s.trim()).filter((s) => s.length > 0);
}

function visibleText(root: ParentNode): string {
  const clone = (root instanceof Document ? root.body : root).cloneNode(true) as Element;
  for (const hidden of clone.querySelectorAll('script, style, template')) hidden.remove();
  return clone.textContent ?? '';
}

/**
 * Dates a page calls stated without the article's words beside them (or with words that are not
 * the article's): each stated badge, and each item marked `data-date-basis="stated"`, must carry
 * its words in `.date-words q`.
 */
export function statedDatesWithoutWords(root: ParentNode): string[] {
  const items = new Set<Element>();
  for (const badge of root.querySelectorAll('.basis-stated')) {
    items.add(badge.closest('li, article, figure') ?? badge);
  }
  for (const item of root.querySelectorAll('[data-date-basis="stated"]')) items.add(item);
  return [...items]
    .filter((item) => {
      const words = item.querySelector('.date-words q')?.textContent;
      return words === undefined || words === null || !isInArticle(words);
    })
    .map((item) => normaliseQuotation(item.textContent ?? '').slice(0, 80));
}
