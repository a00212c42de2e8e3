// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { previewFor } from '../../../src/app/sharePreview';
import { dataset } from '../../../src/data/dataset';
import { selectTimeline } from '../../../src/data/selectors';
import { growDataset } from '../../../scripts/growDataset';

describe('the timeline’s preview card, as the story grows', () => {
  const grown = growDataset(dataset, 10);

  it('says how many events over which years in its page’s title, and from when to when under its own', () => {
    const card = previewFor('timeline', 'en', grown);
    const events = selectTimeline(grown);
    const last = events.at(-1);
    const lastYear = (last?.end ?? last?.start ?? '').slice(0, 4);
    expect(card.pageTitle).toBe(
      `Timeline: from NATO’s founding to the Wiesbaden command: 80 events, 1949–${lastYear}`,
    );
    expect(card.title).toBe('Timeline: from NATO’s founding to the Wiesbaden command');
    expect(card.subtitle).toMatch(/^80 events from 4 April 1949 to /);
  });

  it('shows the latest eight events, not the first', () => {
    const card = previewFor('timeline', 'en', grown);
    expect(card.lines).toHaveLength(8);
    const latest = selectTimeline(grown).at(-1);
    expect(card.lines?.at(-1)).toContain(latest?.title.en ?? '');
    expect(card.lines?.join('\n')).not.toContain('NATO is founded');
  });

  it('keeps a chart’s own title where its data does not grow', () => {
    expect(previewFor('drones', 'en', grown).title).toBe('537 surveillance drones provided');
  });
});
