import { EventWhen } from '../components/EventWhen';
import type { TimelineEvent } from '../data/schema';
import { selectTimeline } from '../data/selectors';
import { usePageHref } from '../lib/BaseContext';
import { formatMonth } from '../lib/format';
import { localize } from '../lib/localize';
import { useHydrated } from '../lib/useHydrated';
import type { ChartContext } from './ChartContext';
import { parseMonthRange, timelineWindow } from './timelineWindow';
import './TimelineChart.css';

/**
 * The timeline drawn compactly for its embed and the deck: each dated event with how its date is
 * known. The deck gives each slide its share (`events`). The embed shows a window: the latest
 * EMBED_EVENTS events, or of those in the months its address asks for (`?from=2024-01&to=2024-07`),
 * and says so, with a link to the whole timeline; so it keeps its size as the story grows.
 */
export default function TimelineChart({
  ctx,
  events,
}: {
  ctx: ChartContext;
  events?: readonly TimelineEvent[];
}) {
  if (events) return <CompactList ctx={ctx} events={events} />;
  return <EmbedWindow ctx={ctx} />;
}

function EmbedWindow({ ctx }: { ctx: ChartContext }) {
  const { dataset, lang, t } = ctx;
  const pageHref = usePageHref();
  // The address is read once the page is the reader's: the prerendered page has none.
  const hydrated = useHydrated();
  const all = selectTimeline(dataset);
  const range = hydrated ? parseMonthRange(window.location.search) : {};
  const { shown, inRange } = timelineWindow(all, range);
  const month = (m: string) => formatMonth(`${m}-01`, lang);
  const ranged = range.from !== undefined || range.to !== undefined;
  const say = range.refused
    ? t('timeline.windowRefused')
    : ranged
      ? t('timeline.windowRange', {
          shown: shown.length,
          count: inRange,
          total: all.length,
          from: month(range.from ?? all[0]?.start.slice(0, 7) ?? ''),
          to: month(range.to ?? all.at(-1)?.start.slice(0, 7) ?? ''),
        })
      : t('timeline.window', { shown: shown.length, total: all.length });
  return (
    <>
      <CompactList ctx={ctx} events={shown} />
      {(shown.length < all.length || range.refused) && (
        <p className="timeline-window">
          {say}{' '}
          <a href={`${pageHref('')}#timeline`} target="_blank" rel="noopener noreferrer">
            {t('timeline.whole')}
          </a>
        </p>
      )}
    </>
  );
}

function CompactList({ ctx, events }: { ctx: ChartContext; events: readonly TimelineEvent[] }) {
  const { lang, t } = ctx;
  return (
    <ol className="timeline-compact">
      {events.map((event) => (
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
