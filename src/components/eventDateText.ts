import type { TimelineEvent } from '../data/schema';
import { formatDate, formatDateRange, formatMonthRangeParts } from '../lib/format';
import type { Lang } from '../lib/locale';
import type { T } from '../lib/useT';

/**
 * An event's date as plain text, for tables: worded as EventDate shows it, so a rough period reads
 * "between April and July 2024" and never as days the article does not give.
 */
export function eventDateText(event: TimelineEvent, lang: Lang, t: T): string {
  const { start, end, approximate } = event;
  if (approximate && end) {
    const [from, to] = formatMonthRangeParts(start, end, lang);
    return `${t('timeline.between')} ${from} ${t('timeline.and')} ${to}`;
  }
  return end ? formatDateRange(start, end, lang) : formatDate(start, lang);
}
