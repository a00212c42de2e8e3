import type { TimelineEvent } from '../data/schema';
import { formatDate, formatDateRangeParts, formatMonthRange } from '../lib/format';
import type { Lang } from '../lib/locale';
import type { T } from '../lib/useT';

/**
 * An event's date in <time> elements: machines read the ISO day, readers the local wording.
 * Approximate periods show months only, since the article gives no day.
 */
export function EventDate({ event, lang, t }: { event: TimelineEvent; lang: Lang; t: T }) {
  const { start, end, approximate } = event;
  if (approximate && end) {
    return (
      <span className="event-date">
        {t('timeline.approx', { when: formatMonthRange(start, end, lang) })}{' '}
        <span className="visually-hidden">
          (<time dateTime={start}>{formatDate(start, lang)}</time> –{' '}
          <time dateTime={end}>{formatDate(end, lang)}</time>)
        </span>
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
