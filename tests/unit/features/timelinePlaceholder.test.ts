import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { groupTimelineByYear } from '../../../src/data/groupTimelineByYear';
import { selectTimeline } from '../../../src/data/selectors';
import {
  OPEN_YEAR_SHOWS,
  timelinePlaceholder,
} from '../../../src/features/timeline/timelinePlaceholder';
import { growDataset } from '../../../scripts/growDataset';

describe('timelinePlaceholder', () => {
  it('counts today’s events as one list in sight, with no filters or years', () => {
    expect(timelinePlaceholder(selectTimeline(dataset))).toEqual({
      '--items': 8,
      '--closed': 0,
      '--earlier': 0,
      '--grouped': 0,
    });
  });

  it('at 50 times, counts the open year’s events in sight, the closed years and the filters', () => {
    const events = selectTimeline(growDataset(dataset, 50));
    const years = groupTimelineByYear(events);
    const latest = years.at(-1)?.events.length ?? 0;
    expect(timelinePlaceholder(events)).toEqual({
      '--items': Math.min(latest, OPEN_YEAR_SHOWS),
      '--closed': years.length - 1,
      '--earlier': latest > OPEN_YEAR_SHOWS ? 1 : 0,
      '--grouped': 1,
    });
    expect(years.length).toBeGreaterThan(2);
  });
});
