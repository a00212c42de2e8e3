import type { DateBasis } from '../data/schema';
import { useT } from '../lib/useT';

/** Marks how a date is known; a symbol and words, so colour is never the only carrier. */
const SYMBOL: Record<DateBasis, string> = { stated: '●', inferred: '◐', context: '○' };

export function BasisBadge({ basis }: { basis: DateBasis }) {
  const t = useT();
  return (
    <span className={`basis basis-${basis}`}>
      <span aria-hidden="true">{SYMBOL[basis]} </span>
      {t(`timeline.basis.${basis}`)}
    </span>
  );
}
