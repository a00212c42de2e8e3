import type { TimelineEvent } from '../data/schema';
import { formatDate, formatDateRangeParts, formatMonthRangeParts, isoMonth } from '../lib/format';
import type { Lang } from '../lib/locale';
import type { T } from '../lib/useT';

/**
 * An event's date in <time> elements: machines read the ISO value, readers the local wording.
 * A rough period shows months only ("between April and July 2024"), in both: the article gives
 * no day, so no day is put where anyone, or any screen reader, could take it for one.
 */
export function EventDate({ event, lang, t }: { event: TimelineEvent; lang: Lang; t: T }) {
  const { start, end, approximate } = event;
  if (approximate && end) {
    const [from, to] = formatMonthRangeParts(start, end, lang);
    return (
      <span className="event-date">
        {t('timeline.between')} <time dateTime={isoMonth(start)}>{from}</time> {t('timeline.and')}{' '}
        <time dateTime={isoMonth(end)}>{to}</time>
      </span>
    );
  }
  if (end) {
    const [from, dash, to] = formatDateRangeParts(start, end, lang);
    return (
      <span className="event-date">
        <time dateTime={start}>{from}</time>
        {dash}
        <time dateTime={end}>{to}</time>
      </span>
    );
  }
  return (
    <span className="event-date">
      <time dateTime={start}>{formatDate(start, lang)}</time>
    </span>
  );
}
