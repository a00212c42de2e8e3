import { BasisBadge } from '../components/BasisBadge';
import { EventDate } from '../components/EventDate';
import { selectTimeline } from '../data/selectors';
import { localize } from '../lib/localize';
import type { ChartContext } from './ChartContext';

/** The timeline drawn compactly for its embed: each dated event with how sure its date is. */
export default function TimelineChart({ ctx }: { ctx: ChartContext }) {
  const { dataset, lang, t } = ctx;
  return (
    <ol className="timeline-compact">
      {selectTimeline(dataset).map((event) => (
        <li key={event.id} className={`timeline-compact-item timeline-${event.dateBasis}`}>
          <p className="timeline-when">
            <EventDate event={event} lang={lang} t={t} />
            <BasisBadge basis={event.dateBasis} />
          </p>
          <p className="timeline-compact-title">{localize(event.title, lang)}</p>
        </li>
      ))}
    </ol>
  );
}
