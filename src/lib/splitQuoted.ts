import type { Lang } from './locale';

/** A run of an article passage: the narration, or a speaker's words inside its quotation marks. */
export interface PassageRun {
  text: string;
  quoted: boolean;
}

/**
 * Splits an article passage at its own quotation marks (“…”), so a view can put the speaker's
 * words in `<q>` (which draws the marks in the reader's typography) and the narration around them
 * as plain text, every word kept as the article has it.
 */
export function splitQuoted(passage: string): PassageRun[] {
  return passage
    .split(/“([^“”]*)”/)
    .map((text, i) => ({ text, quoted: i % 2 === 1 }))
    .filter((run) => run.text.length > 0);
}

/**
 * The speaker's words alone, for a slide that shows only them: the first quoted run, without the
 * comma that American style sets inside the closing mark ("leadership,” he said").
 */
export function spokenWords(passage: string): string {
  const quoted = splitQuoted(passage).find((run) => run.quoted);
  return (quoted?.text ?? passage).replace(/,$/, '');
}

/**
 * Quotation marks as each language's newspapers set them, outer and inner: a quotation in German
 * text takes German marks whatever the language quoted.
 */
const MARKS: Record<Lang, [open: string, close: string, innerOpen: string, innerClose: string]> = {
  en: ['“', '”', '‘', '’'],
  de: ['„', '“', '‚', '‘'],
};

/**
 * A passage quoted whole, as a note does ("The article says: “…”"): its own quotation marks
 * become the inner pair, so the reader still sees where the speaker's words begin and end.
 */
export function nestQuotes(passage: string, lang: Lang = 'en'): string {
  const [, , open, close] = MARKS[lang];
  return passage.replace(/“/g, open).replace(/”/g, close);
}

/** Words in quotation marks, in the marks of the text around them: “Monday” / „Monday“. */
export function quoted(words: string, lang: Lang): string {
  const [open, close] = MARKS[lang];
  return `${open}${nestQuotes(words, lang)}${close}`;
}
