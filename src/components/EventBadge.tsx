import type { T } from '../lib/useT';
import { BASIS_SYMBOL } from './basisSymbol';
import './EventBadge.css';

/**
 * For an event the article reports but does not date: the event is the article's, the date is
 * ours, and the reader sees both.
 */
export function EventBadge({ t }: { t: T }) {
  return (
    <span className="basis basis-event">
      <span aria-hidden="true">{BASIS_SYMBOL.stated} </span>
      {t('dating.event')}
    </span>
  );
}
