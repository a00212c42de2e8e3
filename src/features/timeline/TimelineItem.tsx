import { EventWhen } from '../../components/EventWhen';
import { Excerpt } from '../../components/Excerpt';
import type { TimelineEvent } from '../../data/schema';
import { localize } from '../../lib/localize';
import type { Lang } from '../../lib/locale';
import type { T } from '../../lib/useT';
import './TimelineItem.css';

interface Props {
  event: TimelineEvent;
  lang: Lang;
  t: T;
  /** h3 in the plain list; h4 under a year's heading (TimelineByYear). */
  level?: 3 | 4;
}

export function TimelineItem({ event, lang, t, level = 3 }: Props) {
  const Heading = level === 4 ? 'h4' : 'h3';
  return (
    <li className={`timeline-item timeline-${event.dateBasis}`} data-date-basis={event.dateBasis}>
      <EventWhen event={event} lang={lang} t={t} />
      <Heading className="timeline-title">{localize(event.title, lang)}</Heading>
      <p className="timeline-description">{localize(event.description, lang)}</p>
      {event.dateNote && (
        <p className="timeline-dating">
          <strong>{t('dating.how')}:</strong> {localize(event.dateNote, lang)}
        </p>
      )}
      {event.excerpt && (
        <details className="timeline-source">
          <summary>{t('timeline.excerpt')}</summary>
          <Excerpt text={event.excerpt} />
        </details>
      )}
      {event.reference && (
        <p className="timeline-reference">
          {t('timeline.reference')}: {localize(event.reference, lang)}
        </p>
      )}
    </li>
  );
}
