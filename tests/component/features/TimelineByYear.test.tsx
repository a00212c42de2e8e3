import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { selectTimeline } from '../../../src/data/selectors';
import { TimelineSection } from '../../../src/features/timeline/TimelineSection';
import { OPEN_YEAR_SHOWS } from '../../../src/features/timeline/timelinePlaceholder';
import { timelineSpec } from '../../../src/charts/timelineSpec';
import { growDataset } from '../../../scripts/growDataset';
import { chartContext } from '../../support/chartContext';
import { renderWithSettings } from '../../support/renderWithSettings';

const grown = growDataset(dataset, 50);
const events = selectTimeline(grown);
const years = [...new Set(events.map((e) => e.start.slice(0, 4)))];
const latest = years.at(-1) ?? '';
const inYear = (year: string) => events.filter((e) => e.start.startsWith(year)).length;

describe('TimelineSection at 50 times today’s events', () => {
  it('puts the events under year headings, in order, each heading in the headings list', async () => {
    renderWithSettings(<TimelineSection dataset={grown} />);
    const headings = await screen.findAllByRole('heading', { level: 3 });
    expect(headings.map((h) => h.textContent)).toEqual(years);
    // Every event's own heading is there too, one level down (closed years' ones included).
    expect(document.querySelectorAll('h4.timeline-title')).toHaveLength(events.length);
  });

  it('opens the latest year at its latest events; each earlier year is a named, closed control', async () => {
    renderWithSettings(<TimelineSection dataset={grown} />);
    const earlier = years[years.length - 2] ?? '';
    const control = await screen.findByText(`Show ${earlier}: ${inYear(earlier)} events`);
    expect(control.tagName).toBe('SUMMARY');
    expect(control.closest('details')).not.toHaveAttribute('open');
    const open = screen.getByRole('region', { name: latest });
    const shown = [...open.querySelectorAll('li')].filter((li) => !li.closest('details'));
    expect(shown).toHaveLength(Math.min(OPEN_YEAR_SHOWS, inYear(latest)));
    expect(
      within(open).getByText(
        `Show ${inYear(latest) - OPEN_YEAR_SHOWS} earlier events of ${latest}`,
      ),
    ).toBeInTheDocument();
    // No event is left out of the page: closed parts hold them for find-in-page.
    expect(document.querySelectorAll('.timeline-item')).toHaveLength(events.length);
  });

  it('opens a year from its control, which then says it hides it', async () => {
    const user = userEvent.setup();
    renderWithSettings(<TimelineSection dataset={grown} />);
    const first = years[0] ?? '';
    const control = await screen.findByText(`Show ${first}: ${inYear(first)} events`);
    // jsdom opens a <details> on a click only; the browser's keys are the browser's own.
    await user.click(control);
    expect(control.closest('details')).toHaveAttribute('open');
    expect(await screen.findByText(`Hide ${first}: ${inYear(first)} events`)).toBe(control);
  });

  it('filters by how the date is known, by keyboard, and says how many it shows', async () => {
    const user = userEvent.setup();
    renderWithSettings(<TimelineSection dataset={grown} />);
    const context = events.filter((e) => e.dateBasis === 'context').length;
    const box = await screen.findByRole('checkbox', { name: `from outside it (${context})` });
    expect(screen.getByRole('group', { name: 'Show events whose date is' })).toContainElement(box);
    box.focus();
    await user.keyboard(' ');
    expect(box).not.toBeChecked();
    expect(screen.getByText(/^Showing/)).toHaveTextContent(
      `Showing ${events.length - context} of ${events.length} events.`,
    );
    expect(document.querySelectorAll('.timeline-item.timeline-context')).toHaveLength(0);
    expect(document.querySelectorAll('.timeline-item')).toHaveLength(events.length - context);
  });

  it('filters by kind of event too: an event shows when both its kind and its dating are ticked', async () => {
    const user = userEvent.setup();
    renderWithSettings(<TimelineSection dataset={grown} />);
    const aid = events.filter((e) => e.kind === 'aid').length;
    const war = events.filter((e) => e.kind === 'war').length;
    expect(aid).toBeGreaterThan(0);
    expect(war).toBeGreaterThan(0);
    const group = await screen.findByRole('group', { name: 'Show events about' });
    const aidBox = within(group).getByRole('checkbox', { name: `aid and arms (${aid})` });
    aidBox.focus();
    await user.keyboard(' ');
    expect(aidBox).not.toBeChecked();
    expect(document.querySelectorAll('.timeline-item')).toHaveLength(events.length - aid);
    // And the dating filter on top: only what is neither aid nor dated from outside the article.
    const context = screen.getByRole('checkbox', { name: /^from outside it/ });
    await user.click(context);
    const left = events.filter((e) => e.kind !== 'aid' && e.dateBasis !== 'context').length;
    expect(document.querySelectorAll('.timeline-item')).toHaveLength(left);
    expect(screen.getByText(/^Showing/)).toHaveTextContent(
      `Showing ${left} of ${events.length} events.`,
    );
  });

  it('leaves the Table and the CSV every event', () => {
    const ctx = { ...chartContext(), dataset: grown };
    expect(timelineSpec.table(ctx).rows).toHaveLength(events.length);
    expect(timelineSpec.csv(ctx).rows).toHaveLength(events.length);
  });

  it('keeps today’s eight events as one list, without filters', () => {
    renderWithSettings(<TimelineSection dataset={dataset} />);
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(8);
  });
});
