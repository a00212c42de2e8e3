import type { DateBasis } from '../data/schema';
import type { Lang } from '../lib/locale';
import { quoted } from '../lib/splitQuoted';
import type { T } from '../lib/useT';

/**
 * How a date is known, split for display: the label, and the article's words to quote after it
 * (none for a date from outside the article, or one without words).
 */
export function datingParts(
  basis: DateBasis,
  words: string | undefined,
  t: T,
): { label: string; words?: string } {
  if (basis === 'context' || words === undefined) return { label: t('dating.context') };
  return { label: t(basis === 'stated' ? 'dating.stated' : 'dating.inferred'), words };
}

/**
 * DateWords as plain text, for tables and downloads: `Date inferred from “Monday”`, in German
 * `Datum erschlossen aus „Monday“`.
 */
export function datingText(basis: DateBasis, words: string | undefined, t: T, lang: Lang): string {
  const parts = datingParts(basis, words, t);
  return parts.words === undefined ? parts.label : `${parts.label} ${quoted(parts.words, lang)}`;
}
