import type { DateBasis } from '../data/schema';
import type { T } from '../lib/useT';
import { ARTICLE_CITE } from './articleCite';
import { datingParts } from './datingText';
import './DateWords.css';

/**
 * How a date is known, in words a reader can check: the article's own words in `<q>` (in English,
 * as published) for a stated or inferred date, and plainly "from outside the article" otherwise.
 */
export function DateWords({ basis, words, t }: { basis: DateBasis; words?: string; t: T }) {
  const parts = datingParts(basis, words, t);
  if (parts.words === undefined) return <span className="date-words">{parts.label}</span>;
  return (
    <span className="date-words">
      {parts.label}{' '}
      <q cite={ARTICLE_CITE} lang="en">
        {parts.words}
      </q>
    </span>
  );
}
