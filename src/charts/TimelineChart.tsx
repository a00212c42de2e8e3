import { BASIS_SYMBOL } from '../components/basisSymbol';
import { DateWords } from '../components/DateWords';
import { EventDate } from '../components/EventDate';
import { EventWhen } from '../components/EventWhen';
import type { TimelineEvent } from '../data/schema';
import { selectTimeline } from '../data/selectors';
import { usePageHref } from '../lib/BaseContext';
import { formatDate, formatMonth } from '../lib/format';
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
  const from = range.from ?? all[0]?.start.slice(0, 7) ?? '';
  const to = range.to ?? all.at(-1)?.start.slice(0, 7) ?? '';
  const counts = { count: inRange, total: all.length };
  const say = range.refused
    ? t('timeline.windowRefused')
    : !ranged
      ? t('timeline.window', {
          total: all.length,
          from: formatDate(all[0]?.start ?? '', lang),
          to: formatDate(all.at(-1)?.end ?? all.at(-1)?.start ?? '', lang),
        })
      : from === to
        ? t('timeline.windowMonth', { ...counts, month: month(from) })
        : t('timeline.windowRange', { ...counts, from: month(from), to: month(to) });
  return (
    <>
      <DenseList ctx={ctx} events={shown} windowed={shown.length < all.length} />
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

/** How many of a window's events a phone shows (the latest). */
const PHONE_EVENTS = 6;

/**
 * The embed's list, one short paragraph an event: the date after the symbol of how it is known
 * (the subtitle names them), then what happened, so eight events fit a phone's screen or two
 * (≈ 50 px each at 320 px, against 145 with the deck's badges). The article's words each date
 * rests on are read out with it, and shown in the Table tab and on the dashboard.
 */
function DenseList({
  ctx,
  events,
  windowed,
}: {
  ctx: ChartContext;
  events: readonly TimelineEvent[];
  windowed: boolean;
}) {
  const { lang, t } = ctx;
  // A window of the timeline keeps its latest PHONE_EVENTS on a phone (TimelineChart.css), so it
  // stays within 1,000 px however long the events' names grow; its note names no count.
  const older = windowed ? events.length - PHONE_EVENTS : 0;
  return (
    <ol className="timeline-compact timeline-dense">
      {events.map((event, i) => (
        <li
          key={event.id}
          className={`timeline-compact-item timeline-${event.dateBasis}${i < older ? ' timeline-dense-older' : ''}`}
          data-date-basis={event.dateBasis}
        >
          <span className="timeline-dense-when">
            <span aria-hidden="true">{BASIS_SYMBOL[event.dateBasis]} </span>
            <EventDate event={event} lang={lang} t={t} />
            <span className="visually-hidden">
              {' ('}
              <DateWords basis={event.dateBasis} words={event.dateWords} t={t} />
              {event.excerpt !== undefined && event.dateBasis !== 'stated'
                ? `; ${t('dating.event')}`
                : ''}
              {')'}
            </span>
          </span>{' '}
          <span className="timeline-compact-title">{localize(event.title, lang)}</span>
        </li>
      ))}
    </ol>
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
