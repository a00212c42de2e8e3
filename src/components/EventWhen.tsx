import type { TimelineEvent } from '../data/schema';
import type { Lang } from '../lib/locale';
import type { T } from '../lib/useT';
import { BasisBadge } from './BasisBadge';
import { EventBadge } from './EventBadge';
import { EventDate } from './EventDate';
import './EventWhen.css';

/**
 * When an event happened and how we know: the date, the words it rests on, and, where the event
 * is the article's but its date is ours, both.
 */
export function EventWhen({ event, lang, t }: { event: TimelineEvent; lang: Lang; t: T }) {
  return (
    <p className="timeline-when">
      <EventDate event={event} lang={lang} t={t} />
      <BasisBadge basis={event.dateBasis} words={event.dateWords} t={t} />
      {event.excerpt !== undefined && event.dateBasis !== 'stated' && <EventBadge t={t} />}
    </p>
  );
}
