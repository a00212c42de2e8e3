import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DashboardView } from '../../../src/app/DashboardView';
import { dataset } from '../../../src/data/dataset';
import { renderWithSettings } from '../../support/renderWithSettings';

describe('DashboardView', () => {
  it('shows the sections in reading order under a credited header', async () => {
    renderWithSettings(<DashboardView dataset={dataset} />);
    expect(
      screen.getByRole('heading', { level: 1, name: 'German military aid to Ukraine' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('banner')).toHaveTextContent(
      'Reported by Linus Höller, Europe correspondent for Defense News',
    );
    expect(screen.getByRole('banner').querySelector('time')).toHaveAttribute(
      'datetime',
      '2024-07-08',
    );
    const h2s = () => screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    // The timeline's and the sources' code and words arrive after the rest (laterPart).
    await waitFor(
      () =>
        expect(h2s()).toEqual([
          'The figures',
          'Charts',
          'What they said',
          'Timeline',
          'Sources and method',
        ]),
      // Its first import takes a moment on a busy machine, as the chart modules' do.
      { timeout: 10_000 },
    );
    expect(screen.getByRole('link', { name: 'Skip to the figures' })).toHaveAttribute(
      'href',
      '#main',
    );
  });

  it('switches every money figure and chart table to dollars and records it in the URL', async () => {
    const user = userEvent.setup();
    renderWithSettings(<DashboardView dataset={dataset} />);
    const figures = screen.getByRole('region', { name: 'The figures' });
    expect(figures).toHaveTextContent('€10.2 billion');
    await user.click(screen.getByRole('radio', { name: 'US dollar ($)' }));
    expect(screen.getByRole('radio', { name: 'US dollar ($)' })).toBeChecked();
    expect(within(figures).getByRole('article', { name: /\$11\.03 billion/ })).toBeInTheDocument();
    expect(within(figures).getByRole('article', { name: /\$5\.28 billion/ })).toHaveTextContent(
      'converted',
    );
    const charts = screen.getByRole('region', { name: 'Charts' });
    expect(charts).toHaveTextContent('$11.03 billion');
    expect(charts).toHaveTextContent('Converted from euros');
    expect(window.location.search).toBe('?currency=USD');
    await user.click(screen.getByRole('radio', { name: 'Euro (€)' }));
    expect(window.location.search).toBe('');
    expect(figures).toHaveTextContent('€4.88 billion');
  });

  it('explains the method and offers the dataset', () => {
    renderWithSettings(<DashboardView dataset={dataset} />);
    const sources = screen.getByRole('region', { name: 'Sources and method' });
    expect(sources).toHaveTextContent('1.0814 US$ per €');
    expect(sources).toHaveTextContent('never added or shown as a share of one another');
    expect(
      within(sources).getByRole('link', { name: 'Download the dataset (JSON)' }),
    ).toHaveAttribute('download');
  });
});
