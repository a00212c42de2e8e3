import { EventWhen } from '../components/EventWhen';
import type { TimelineEvent } from '../data/schema';
import { selectTimeline } from '../data/selectors';
import { localize } from '../lib/localize';
import type { ChartContext } from './ChartContext';
import './TimelineChart.css';

/**
 * The timeline drawn compactly for its embed and the deck: each dated event with how its date is
 * known; all of them, or the `events` given (one slide's share).
 */
export default function TimelineChart({
  ctx,
  events,
}: {
  ctx: ChartContext;
  events?: readonly TimelineEvent[];
}) {
  const { dataset, lang, t } = ctx;
  return (
    <ol className="timeline-compact">
      {(events ?? selectTimeline(dataset)).map((event) => (
        <li
          key={event.id}
          className={`timeline-compact-item timeline-${event.dateBasis}`}
          data-date-basis={event.dateBasis}
        >
          <EventWhen event={event} lang={lang} t={t} />
          <p className="timeline-compact-title">{localize(event.title, lang)}</p>
        </li>
      ))}
    </ol>
  );
}
