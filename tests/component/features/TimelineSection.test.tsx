import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { TimelineSection } from '../../../src/features/timeline/TimelineSection';
import { renderWithSettings } from '../../support/renderWithSettings';

function item(title: string): HTMLElement {
  const li = screen.getByRole('heading', { name: title }).closest('li');
  if (!li) throw new Error(`no timeline item "${title}"`);
  return li;
}

describe('TimelineSection', () => {
  it('lists every event in date order with machine-readable dates', () => {
    renderWithSettings(<TimelineSection dataset={dataset} />);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items).toHaveLength(dataset.timeline.length);
    expect(items[0]).toHaveTextContent('4 April 1949');
    expect(items[0]?.querySelector('time')).toHaveAttribute('datetime', '1949-04-04');
    for (const time of screen.getByRole('list').querySelectorAll('time')) {
      // A day, or a month where the article gives no day.
      expect(time.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
    }
  });

  it('says visibly how each date is known, with the article’s words it rests on', () => {
    renderWithSettings(<TimelineSection dataset={dataset} />);
    expect(item('€4.88 billion of arms exports authorised')).toHaveTextContent(
      'Date in the article: In 2024 alone',
    );
    expect(item('€10.2 billion provided in total')).toHaveTextContent(
      'Date in the article: As of the end of April',
    );
    expect(item('Pistorius speaks in Fairbanks, Alaska')).toHaveTextContent(
      'Date inferred from Monday',
    );
    expect(item('NATO summit in Washington, D.C.')).toHaveTextContent(
      'Date inferred from this week',
    );
    expect(screen.getAllByText('Date from outside the article')).toHaveLength(3);
  });

  it('marks the Patriot arrival as reported in the article, its date as inferred, and says how', () => {
    renderWithSettings(<TimelineSection dataset={dataset} />);
    const patriot = item('The third Patriot system arrives');
    expect(patriot).toHaveTextContent('between April and July 2024');
    expect(patriot).toHaveTextContent('Date inferred from had recently arrived');
    expect(patriot).toHaveTextContent('Event in the article');
    expect(patriot).toHaveTextContent(/How the date is known: The article gives no date/);
    expect(patriot).not.toHaveTextContent(/13 April|Date in the article/);
    const times = [...patriot.querySelectorAll('time')].map((t) => t.getAttribute('datetime'));
    expect(times).toEqual(['2024-04', '2024-07']);
  });

  it('writes periods as ranges', () => {
    renderWithSettings(<TimelineSection dataset={dataset} />);
    const summit = item('NATO summit in Washington, D.C.');
    expect(summit).toHaveTextContent('9–11 July 2024');
    const times = summit.querySelectorAll('time');
    expect([...times].map((t) => t.getAttribute('datetime'))).toEqual(['2024-07-09', '2024-07-11']);
  });
});
