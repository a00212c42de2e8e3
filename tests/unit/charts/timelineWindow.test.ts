// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { selectTimeline } from '../../../src/data/selectors';
import { EMBED_EVENTS, parseMonthRange, timelineWindow } from '../../../src/charts/timelineWindow';
import { growDataset } from '../../../scripts/growDataset';

describe('parseMonthRange', () => {
  it.each([
    ['', {}],
    ['?from=2024-01&to=2024-07', { from: '2024-01', to: '2024-07' }],
    ['?from=2024-01', { from: '2024-01' }],
    ['?to=2025-12', { to: '2025-12' }],
    ['?from=2024-13', { refused: true }],
    ['?from=2024-1', { refused: true }],
    ['?to=<script>', { refused: true }],
    ['?from=2024-01-05', { refused: true }],
  ])('%s gives %o', (search, range) => {
    expect(parseMonthRange(search)).toEqual(range);
  });
});

describe('timelineWindow', () => {
  const events = selectTimeline(growDataset(dataset, 10));

  it('shows the latest events, at most as many as today’s timeline, in date order', () => {
    const { shown, inRange } = timelineWindow(events, {});
    expect(inRange).toBe(events.length);
    expect(shown).toEqual(events.slice(-EMBED_EVENTS));
    expect(timelineWindow(selectTimeline(dataset), {}).shown).toHaveLength(8);
  });

  it('keeps to the months asked for, both ends included', () => {
    const { shown, inRange } = timelineWindow(events, { from: '2024-07', to: '2024-07' });
    expect(inRange).toBeGreaterThan(0);
    for (const event of shown) expect(event.start.slice(0, 7)).toBe('2024-07');
    expect(timelineWindow(events, { from: '2031-01' })).toEqual({ shown: [], inRange: 0 });
  });
});
