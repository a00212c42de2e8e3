import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ChartsSection } from '../../../src/features/charts/ChartsSection';
import { dataset } from '../../../src/data/dataset';
import { renderWithSettings } from '../../support/renderWithSettings';

function firstChart() {
  return screen.getByRole('figure', { name: /^Aid provided and exports authorised/ });
}

describe('chart actions on the dashboard', () => {
  it('offers embed, link, PNG, SVG, CSV and JSON for every chart', () => {
    renderWithSettings(<ChartsSection dataset={dataset} />);
    for (const figure of screen.getAllByRole('figure')) {
      const actions = within(figure).getByRole('group', { name: /: share and download$/ });
      for (const name of ['Embed', 'Copy link', 'Download PNG', 'Download SVG']) {
        expect(within(actions).getByRole('button', { name })).toBeVisible();
      }
      expect(within(actions).getByRole('link', { name: 'Download CSV' })).toHaveAttribute(
        'download',
        expect.stringMatching(/^german-aid-ukraine_[a-z-]+(_eur)?_en\.csv$/),
      );
      expect(within(actions).getByRole('link', { name: 'Data (JSON)' })).toHaveAttribute(
        'download',
        'german-aid-ukraine_dataset.json',
      );
    }
  });

  it('puts the chart’s exact figures, units and source into the CSV link', () => {
    renderWithSettings(<ChartsSection dataset={dataset} />, { currency: 'USD' });
    const href =
      within(firstChart()).getByRole('link', { name: 'Download CSV' }).getAttribute('href') ?? '';
    const csv = decodeURIComponent(href.replace(/^data:text\/csv;charset=utf-8,/, ''));
    expect(csv).toContain('measure,period,amount,currency,converted,as_of,as_of_basis,source');
    expect(csv).toContain(',11030000000,USD,no,2024-04-30,stated,');
    // The article's day is inferred, so each row credits the month its text supports.
    expect(csv).toContain(',inferred,"Defense News, report by Linus Höller, July 2024"');
    expect(csv).not.toContain('2024-07-08,stated');
    expect(csv).toMatch(/,5277\d+(\.\d+)?,USD,yes,/);
  });

  it('opens the embed dialog with the code, copies it, and closes', async () => {
    const user = userEvent.setup();
    renderWithSettings(<ChartsSection dataset={dataset} />, { currency: 'USD' });
    await user.click(within(firstChart()).getByRole('button', { name: 'Embed' }));
    // The dialog's code loads on first use.
    const dialog = await screen.findByRole(
      'dialog',
      { name: /^Embed this chart: Aid provided/ },
      { timeout: 5000 },
    );
    const code = within(dialog).getByLabelText('Embed code');
    expect((code as HTMLTextAreaElement).value).toContain(
      '<iframe src="http://localhost:3000/embed/aid-totals/?currency=USD"',
    );
    expect((code as HTMLTextAreaElement).value).toContain(
      '<script async src="http://localhost:3000/embed.js">',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Copy code' }));
    expect(await within(dialog).findByText('Code copied')).toHaveAttribute('role', 'status');
    expect(await navigator.clipboard.readText()).toBe((code as HTMLTextAreaElement).value);
    // For newsletters and feeds: the chart's picture, linked to the chart, with its credit line.
    const picture = within(dialog).getByLabelText('Picture code') as HTMLTextAreaElement;
    expect(
      within(dialog).getByRole('heading', { name: 'For newsletters and feeds' }),
    ).toBeVisible();
    expect(picture.value).toMatch(
      /^<a href="http:\/\/localhost:3000\/#chart-aid-totals"><img src="http:\/\/localhost:3000\/previews\/aid-totals-en\.png" alt="Aid provided and exports authorised: two different measures\. Germany provided €10\.2 billion [^"]+" width="600" height="315" /,
    );
    expect(picture.value).toContain(
      '<p>Source: Defense News, report by Linus Höller, July 2024. Chart: <a href="http://localhost:3000/">German military aid to Ukraine</a></p>',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Copy picture code' }));
    expect(await navigator.clipboard.readText()).toBe(picture.value);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('copies a link to the chart with the reader’s options', async () => {
    const user = userEvent.setup();
    renderWithSettings(<ChartsSection dataset={dataset} />, { currency: 'USD' });
    await user.click(within(firstChart()).getByRole('button', { name: 'Copy link' }));
    expect(await within(firstChart()).findByText('Link copied')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(
      'http://localhost:3000/?currency=USD#chart-aid-totals',
    );
  });

  it('keeps the selected tab in the URL', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/');
    renderWithSettings(<ChartsSection dataset={dataset} />);
    await user.click(within(firstChart()).getByRole('tab', { name: 'Sources' }));
    expect(window.location.search).toBe('?tab=aid-totals:sources');
    expect(within(firstChart()).getByRole('tab', { name: 'Sources' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });

  it('opens on the tab the URL names', () => {
    renderWithSettings(<ChartsSection dataset={dataset} />, { tabs: { drones: 'table' } });
    const drones = screen.getByRole('figure', { name: /drones/ });
    expect(within(drones).getByRole('tab', { name: 'Table' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(within(firstChart()).getByRole('tab', { name: 'Chart' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });
});
