import type { TimelineEvent } from './schema';

export interface TimelineYear {
  year: string;
  events: TimelineEvent[];
}

/** Events (already in date order) under the year each starts in, the years in order. */
export function groupTimelineByYear(events: readonly TimelineEvent[]): TimelineYear[] {
  const years: TimelineYear[] = [];
  for (const event of events) {
    const year = event.start.slice(0, 4);
    const last = years.at(-1);
    if (last?.year === year) last.events.push(event);
    else years.push({ year, events: [event] });
  }
  return years;
}
