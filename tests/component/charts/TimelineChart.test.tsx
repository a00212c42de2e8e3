import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import TimelineChart from '../../../src/charts/TimelineChart';
import { dataset } from '../../../src/data/dataset';
import { growDataset } from '../../../scripts/growDataset';
import { chartContext } from '../../support/chartContext';
import { renderWithSettings } from '../../support/renderWithSettings';

const grown = growDataset(dataset, 10);
const ctx = { ...chartContext(), dataset: grown };

afterEach(() => window.history.replaceState(null, '', '/'));

describe('TimelineChart in an embed, as the story grows', () => {
  it('shows the latest eight of 80 events, says so and links the whole timeline', () => {
    renderWithSettings(<TimelineChart ctx={ctx} />);
    expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(8);
    expect(
      screen.getByText(/^The latest events of the 80 from 4 April 1949 to /),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'The whole timeline' })).toHaveAttribute(
      'href',
      '/#timeline',
    );
  });

  it('keeps to the months its address asks for', () => {
    window.history.replaceState(null, '', '/embed/timeline/?from=2024-07&to=2024-07');
    renderWithSettings(<TimelineChart ctx={ctx} />);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    for (const item of items) expect(item.querySelector('time')?.dateTime).toMatch(/^2024-07/);
    expect(
      screen.getByText(/^The latest of the \d+ events in July 2024 \(80 in all\)/),
    ).toBeInTheDocument();
  });

  it('names a range of months by its first and last', () => {
    window.history.replaceState(null, '', '/embed/timeline/?from=2024-01&to=2024-07');
    renderWithSettings(<TimelineChart ctx={ctx} />);
    expect(
      screen.getByText(
        /^The latest of the \d+ events from January 2024 to July 2024 \(80 in all\)/,
      ),
    ).toBeInTheDocument();
  });

  it('tells a screen reader how each date is known, which the symbol shows the eye', () => {
    renderWithSettings(<TimelineChart ctx={{ ...chartContext() }} />);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items).toHaveLength(8);
    // The third Patriot system: inferred from the article's words, an event the article reports.
    const patriot = items.find((item) => item.textContent?.includes('Patriot'));
    expect(patriot?.textContent).toMatch(
      /◐.*\(Date inferred from .*had recently arrived.*; Event in the article\)/,
    );
  });

  it('says plainly when the address’s range is not months, and shows the latest events', () => {
    window.history.replaceState(null, '', '/embed/timeline/?from=July');
    renderWithSettings(<TimelineChart ctx={ctx} />);
    expect(screen.getByText(/is not months \(use from=2024-01&to=2024-07\)/)).toBeInTheDocument();
    expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(8);
  });

  it('shows today’s eight events whole, with no note', () => {
    renderWithSettings(<TimelineChart ctx={chartContext()} />);
    expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(8);
    expect(screen.queryByRole('link', { name: 'The whole timeline' })).toBeNull();
  });
});
