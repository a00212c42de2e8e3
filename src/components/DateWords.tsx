import type { DateBasis } from '../data/schema';
import type { T } from '../lib/useT';
import { ARTICLE_CITE } from './articleCite';

/**
 * How a date is known, in words a reader can check: the article's own words in `<q>` (in English,
 * as published) for a stated or inferred date, and plainly "from outside the article" otherwise.
 */
export function DateWords({ basis, words, t }: { basis: DateBasis; words?: string; t: T }) {
  if (basis === 'context' || words === undefined) {
    return <span className="date-words">{t('dating.context')}</span>;
  }
  return (
    <span className="date-words">
      {t(basis === 'stated' ? 'dating.stated' : 'dating.inferred')}{' '}
      <q cite={ARTICLE_CITE} lang="en">
        {words}
      </q>
    </span>
  );
}
