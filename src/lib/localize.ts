import type { Lang } from './locale';

/** A text given in every UI language (the dataset's `localized` fields have this shape). */
export type Localized = Readonly<Record<Lang, string>>;

/** Picks the reader's language from a dataset text. */
export function localize(text: Localized, lang: Lang): string {
  return text[lang];
}
