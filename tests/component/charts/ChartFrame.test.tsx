import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { ChartFrame } from '../../../src/charts/ChartFrame';
import { BakesContext } from '../../../src/charts/BakesContext';
import { CHARTS } from '../../../src/charts/registry';
import type { Currency } from '../../../src/lib/locale';
import { HYDRATE_WHEN_VISIBLE } from '../../../src/boot/whenHydrationWanted';
import { chartContext } from '../../support/chartContext';
import { renderWithSettings } from '../../support/renderWithSettings';

/** A page's baked drawings of both charts, as the build writes them (any drawing will do here). */
const BAKES = {
  'aid-totals:en:EUR:256x340': '<svg class="chart-baked-svg" role="img" aria-label="baked"></svg>',
  'drones:en:EUR:320x340': '<svg class="chart-baked-svg" role="img" aria-label="baked"></svg>',
};

function renderChart(id: string, currency: Currency = 'EUR', bakes = {}) {
  const spec = CHARTS.find((c) => c.id === id);
  if (!spec) throw new Error(`no chart ${id}`);
  const ctx = chartContext('en', currency);
  return renderWithSettings(
    <BakesContext value={bakes}>
      <ChartFrame spec={spec} ctx={ctx} />
    </BakesContext>,
    { currency },
  );
}

describe('ChartFrame', () => {
  it('marks its chart box so the boot script wakes React as the chart nears the viewport', () => {
    const { container } = renderChart('aid-totals');
    expect(container.querySelectorAll(`.chart-box[${HYDRATE_WHEN_VISIBLE}]`)).toHaveLength(1);
  });

  it('frames the aid chart with its title, summary and source line', () => {
    renderChart('aid-totals');
    const figure = screen.getByRole('figure', {
      name: 'Aid provided and exports authorised: two different measures',
    });
    expect(figure).toHaveTextContent('Not to be added: an authorisation is not a delivery.');
    expect(figure).toHaveTextContent(
      'Germany provided €10.2 billion in military goods to Ukraine from the invasion to the end of April 2024; in 2024 alone it authorised arms exports worth €4.88 billion.',
    );
    expect(figure).toHaveTextContent('Source: Defense News, report by Linus Höller, July 2024.');
  });

  it('makes the money chart’s drawing live only when the reader reaches for it: its keys walk the bars', async () => {
    const user = userEvent.setup();
    const bar = (x: number) =>
      `<g class="recharts-bar-rectangle"><path d="M${x} 10h50v300h-50z"></path></g>`;
    const { container } = renderChart('aid-totals', 'EUR', {
      'aid-totals:en:EUR:256x340': `<svg class="chart-baked-svg" viewBox="0 0 256 340" role="img" aria-label="baked">${bar(20)}${bar(150)}</svg>`,
    });
    // jsdom lays nothing out: the drawing (and so each bar) reads as shown.
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue(
      new DOMRect(0, 0, 50, 300),
    );
    onTestFinished(() => {
      vi.restoreAllMocks();
    });
    const box = screen.getByRole('group', {
      name: 'Aid provided and exports authorised: two different measures',
    });
    // Until then the box waits, focusable, for a pointer or the keyboard; no chart code runs.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('application')).toBeNull();
    expect(box).toHaveAttribute('tabindex', '0');
    await user.hover(box);
    const chart = await screen.findByRole(
      'application',
      { name: 'Aid provided and exports authorised: two different measures' },
      { timeout: 10_000 },
    );
    // The build's drawing stays, a picture under the live layer: Recharts does not draw it again.
    expect(container.querySelector('svg.recharts-surface')).toBeNull();
    expect(container.querySelector('.chart-bakes svg.chart-baked-svg')).not.toBeNull();
    expect(container.querySelector('.chart-bakes')).toHaveAttribute('aria-hidden', 'true');
    expect(chart).toHaveAccessibleDescription(/Germany provided €10\.2 billion/);
    // The drawing made live takes the keyboard from here.
    await waitFor(() => expect(box).not.toHaveAttribute('tabindex'));
    const said = () => chart.parentElement?.querySelector('[aria-live]')?.textContent ?? '';
    // Tab from the Chart tab: focus shows the first bar.
    screen.getByRole('tab', { name: 'Chart' }).focus();
    await user.tab();
    expect(chart).toHaveFocus();
    expect(said()).toMatch(/^€10\.2bn/);
    expect(chart.querySelector('.chart-highlight')).not.toBeNull();
    await user.keyboard('{ArrowRight}');
    expect(said()).toMatch(/^€4\.88bn/);
    await user.keyboard('{ArrowRight}{Home}');
    expect(said()).toMatch(/^€10\.2bn/);
    await user.keyboard('{End}');
    expect(said()).toMatch(/^€4\.88bn/);
    await user.keyboard('{Escape}');
    expect(said()).toBe('');
    expect(chart.querySelector('.chart-highlight')).toBeNull();
  });

  it('hands keyboard focus on to the live chart when the box is tabbed to', async () => {
    const { container } = renderChart('drones', 'EUR', BAKES);
    const box = screen.getByRole('group', { name: '537 surveillance drones provided' });
    await waitFor(() => expect(box).toHaveAttribute('tabindex', '0'));
    box.focus();
    await waitFor(() => expect(container.querySelector('.baked-live')).toHaveFocus(), {
      timeout: 10_000,
    });
  });

  it('switches to the table and sources tabs by click and by arrow keys', async () => {
    const user = userEvent.setup();
    renderChart('aid-totals');
    const chartTab = screen.getByRole('tab', { name: 'Chart' });
    expect(chartTab).toHaveAttribute('aria-selected', 'true');
    await user.click(screen.getByRole('tab', { name: 'Table' }));
    const table = screen.getByRole('table');
    expect(within(table).getByRole('row', { name: /Provided since 2022/ })).toHaveTextContent(
      '€10.2 billion',
    );
    expect(within(table).getByRole('row', { name: /Authorised in 2024/ })).toHaveTextContent(
      '€4.88 billion',
    );
    await user.keyboard('{ArrowRight}');
    const sourcesTab = screen.getByRole('tab', { name: 'Sources' });
    expect(sourcesTab).toHaveAttribute('aria-selected', 'true');
    expect(sourcesTab).toHaveFocus();
    expect(screen.getByRole('tabpanel')).toHaveTextContent(
      'authorized the export of €4.88 billion in armaments',
    );
    await user.keyboard('{Home}');
    expect(chartTab).toHaveFocus();
  });

  it('marks the converted amount and names the rate in dollars', async () => {
    const user = userEvent.setup();
    renderChart('aid-totals', 'USD');
    expect(screen.getByRole('figure')).toHaveTextContent(
      'Converted from euros at the rate the article implies (1.0814 US$ per €).',
    );
    await user.click(screen.getByRole('tab', { name: 'Table' }));
    expect(screen.getByRole('row', { name: /Authorised in 2024/ })).toHaveTextContent(
      '$5.28 billion (converted)',
    );
    expect(screen.getByRole('row', { name: /Provided since 2022/ })).toHaveTextContent(
      '$11.03 billion',
    );
  });

  it('draws the 537 drones live at once where the page has no baked drawing (offline file)', async () => {
    const { container } = renderChart('drones');
    await waitFor(
      () =>
        expect(
          container.querySelector('path.waffle-squares')?.getAttribute('d')?.match(/M/g),
        ).toHaveLength(537),
      { timeout: 10_000 },
    );
    expect(screen.getByRole('figure')).toHaveTextContent(
      'Germany has provided 537 surveillance drones to Ukraine.',
    );
  });
});
