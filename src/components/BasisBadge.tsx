import type { DateBasis } from '../data/schema';
import type { T } from '../lib/useT';
import { BASIS_SYMBOL } from './basisSymbol';
import { DateWords } from './DateWords';
import './BasisBadge.css';

/** How a date is known, as a badge: symbol, then the article's words it rests on. */
export function BasisBadge({ basis, words, t }: { basis: DateBasis; words?: string; t: T }) {
  return (
    <span className={`basis basis-${basis}`}>
      <span aria-hidden="true">{BASIS_SYMBOL[basis]} </span>
      <DateWords basis={basis} words={words} t={t} />
    </span>
  );
}
