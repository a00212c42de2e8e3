import type { Localized } from '../data/schema';
import type { Lang } from './locale';

/** Picks the reader's language from a dataset text. */
export function localize(text: Localized, lang: Lang): string {
  return text[lang];
}
