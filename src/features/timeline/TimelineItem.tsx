import { BasisBadge } from '../../components/BasisBadge';
import { Excerpt } from '../../components/Excerpt';
import type { TimelineEvent } from '../../data/schema';
import { localize } from '../../lib/localize';
import type { Lang } from '../../lib/locale';
import type { T } from '../../lib/useT';
import { EventDate } from '../../components/EventDate';

export function TimelineItem({ event, lang, t }: { event: TimelineEvent; lang: Lang; t: T }) {
  return (
    <li className={`timeline-item timeline-${event.dateBasis}`}>
      <p className="timeline-when">
        <EventDate event={event} lang={lang} t={t} />
        <BasisBadge basis={event.dateBasis} />
      </p>
      <h3 className="timeline-title">{localize(event.title, lang)}</h3>
      <p className="timeline-description">{localize(event.description, lang)}</p>
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
