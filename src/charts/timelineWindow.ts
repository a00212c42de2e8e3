import type { TimelineEvent } from '../data/schema';

/** Events an embedded timeline shows at most: today's whole timeline, so it keeps its size. */
export const EMBED_EVENTS = 8;

/** A range of months from an embed's address (`?from=2024-01&to=2024-07`), either end open. */
export interface MonthRange {
  from?: string;
  to?: string;
  /** True where the address gave a range that is not months (YYYY-MM): it is then ignored. */
  refused?: boolean;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function parseMonthRange(search: string): MonthRange {
  const params = new URLSearchParams(search);
  const from = params.get('from')?.trim();
  const to = params.get('to')?.trim();
  if ((from !== undefined && !MONTH.test(from)) || (to !== undefined && !MONTH.test(to))) {
    return { refused: true };
  }
  return { ...(from && { from }), ...(to && { to }) };
}

/**
 * The events an embed shows: those in the range (by the month each starts in), the latest
 * EMBED_EVENTS of them, in date order; and how many the range holds.
 */
export function timelineWindow(
  events: readonly TimelineEvent[],
  { from, to }: MonthRange,
): { shown: TimelineEvent[]; inRange: number } {
  const inRange = events.filter((event) => {
    const month = event.start.slice(0, 7);
    return (from === undefined || month >= from) && (to === undefined || month <= to);
  });
  return { shown: inRange.slice(-EMBED_EVENTS), inRange: inRange.length };
}
