import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { TimelineSection } from '../../../src/features/timeline/TimelineSection';
import { renderWithSettings } from '../../support/renderWithSettings';

describe('TimelineSection', () => {
  it('lists every event in date order with machine-readable dates', () => {
    renderWithSettings(<TimelineSection dataset={dataset} />);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items).toHaveLength(dataset.timeline.length);
    expect(items[0]).toHaveTextContent('4 April 1949');
    expect(items[0]?.querySelector('time')).toHaveAttribute('datetime', '1949-04-04');
    for (const time of screen.getByRole('list').querySelectorAll('time')) {
      expect(time.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('says visibly how each date is known', () => {
    renderWithSettings(<TimelineSection dataset={dataset} />);
    expect(screen.getAllByText('Stated in the article')).toHaveLength(3);
    expect(screen.getAllByText('Inferred from the article')).toHaveLength(2);
    expect(screen.getAllByText('Context from outside the article')).toHaveLength(3);
  });

  it('writes periods as ranges and the rough date as approximate', () => {
    renderWithSettings(<TimelineSection dataset={dataset} />);
    const summit = screen.getByRole('heading', { name: 'NATO summit in Washington, D.C.' });
    expect(summit.closest('li')).toHaveTextContent('9–11 July 2024');
    const times = summit.closest('li')?.querySelectorAll('time') ?? [];
    expect([...times].map((t) => t.getAttribute('datetime'))).toEqual(['2024-07-09', '2024-07-11']);
    expect(screen.getByText(/approximately April – July 2024/)).toBeInTheDocument();
  });
});
