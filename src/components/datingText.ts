import type { DateBasis } from '../data/schema';
import type { T } from '../lib/useT';

/** DateWords as plain text, for tables and downloads: `Date inferred from “Monday”`. */
export function datingText(basis: DateBasis, words: string | undefined, t: T): string {
  if (basis === 'context' || words === undefined) return t('dating.context');
  return `${t(basis === 'stated' ? 'dating.stated' : 'dating.inferred')} “${words}”`;
}
