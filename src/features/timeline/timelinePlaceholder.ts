import type { CSSProperties } from 'react';
import { groupTimelineByYear } from '../../data/groupTimelineByYear';
import type { TimelineEvent } from '../../data/schema';

/** Beyond this many events the timeline is shown by year, with filters (TimelineByYear). */
export const LONG_TIMELINE = 24;

/** In the open (latest) year, this many of its latest events show; the earlier wait behind one control. */
export const OPEN_YEAR_SHOWS = 12;

/**
 * What the timeline section shows before anyone opens a part, counted, for its placeholder
 * (lazySections.css: the count of each part times that part's size): the events in sight, the
 * closed years, the control for the open year's earlier events, and whether the filters show.
 */
export function timelinePlaceholder(events: readonly TimelineEvent[]): CSSProperties {
  const grouped = events.length > LONG_TIMELINE;
  const years = grouped ? groupTimelineByYear(events) : [];
  const latest = years.at(-1)?.events.length ?? 0;
  const inSight = grouped ? (years.at(-1)?.events ?? []).slice(-OPEN_YEAR_SHOWS) : events;
  return {
    '--items': inSight.length,
    '--closed': Math.max(0, years.length - 1),
    '--earlier': latest > OPEN_YEAR_SHOWS ? 1 : 0,
    '--grouped': grouped ? 1 : 0,
  } as CSSProperties;
}
