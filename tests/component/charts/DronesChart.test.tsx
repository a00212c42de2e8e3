import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import DronesChart from '../../../src/charts/DronesChart';
import { chartContext } from '../../support/chartContext';

function renderDrones() {
  const ctx = chartContext('en', 'EUR', { width: 640, height: 340, fontScale: 1 });
  const view = render(<DronesChart ctx={ctx} />);
  const chart = screen.getByRole('application', { name: /537 surveillance drones/ });
  const said = () => view.container.querySelector('[aria-live]')?.textContent ?? '';
  const highlighted = () => view.container.querySelectorAll('.chart-highlight');
  return { ...view, chart, said, highlighted };
}

describe('DronesChart', () => {
  it('draws the 537 drones as one path, and nothing highlighted until asked', () => {
    const { container, highlighted, said } = renderDrones();
    expect(container.querySelectorAll('path')).toHaveLength(1);
    expect(
      container.querySelector('path.waffle-squares')?.getAttribute('d')?.match(/M/g),
    ).toHaveLength(537);
    expect(highlighted()).toHaveLength(0);
    expect(said()).toBe('');
  });

  it('walks the squares by keyboard: one, a row, a page, the ends, and says each', async () => {
    const user = userEvent.setup();
    const { chart, said, highlighted, container } = renderDrones();
    await user.tab();
    expect(chart).toHaveFocus();
    expect(said()).toMatch(/Drone 1 of 537$/);
    const walk: [string, RegExp][] = [
      ['{ArrowRight}', /Drone 2 of 537$/],
      ['{ArrowDown}', /Drone 32 of 537$/],
      ['{PageDown}', /Drone 92 of 537$/],
      ['{End}', /Drone 537 of 537$/],
      ['{ArrowRight}', /Drone 537 of 537$/],
      ['{ArrowUp}', /Drone 507 of 537$/],
      ['{Home}', /Drone 1 of 537$/],
      ['{ArrowLeft}', /Drone 1 of 537$/],
    ];
    for (const [key, expected] of walk) {
      await user.keyboard(key);
      expect(said()).toMatch(expected);
      // One highlighted square, moved: the tooltip names it.
      expect(highlighted()).toHaveLength(1);
      expect(container.querySelector('.waffle-tip')).toHaveTextContent(expected);
    }
    // Drone 1's square, top left.
    expect(highlighted()[0]).toHaveAttribute('x', '11.02');
    expect(highlighted()[0]).toHaveAttribute('y', '9.62');
  });

  it('hides its tooltip on Esc and when focus leaves; the keys go on from where they were', async () => {
    const user = userEvent.setup();
    const { said, highlighted } = renderDrones();
    await user.tab();
    await user.keyboard('{ArrowRight}{ArrowRight}{Escape}');
    expect(said()).toBe('');
    expect(highlighted()).toHaveLength(0);
    await user.keyboard('{ArrowRight}');
    expect(said()).toMatch(/Drone 4 of 537$/);
    await user.tab();
    expect(said()).toBe('');
  });

  it('keeps the page from scrolling on the keys it holds, and lets Tab go', () => {
    const { chart } = renderDrones();
    act(() => chart.focus());
    for (const key of ['PageDown', ' ', 'ArrowDown', 'End']) {
      const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
      chart.dispatchEvent(event);
      expect(event.defaultPrevented).toBe(true);
    }
    const tab = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    chart.dispatchEvent(tab);
    expect(tab.defaultPrevented).toBe(false);
  });

  it('names the square under the pointer, and lets it go when the pointer leaves', async () => {
    const user = userEvent.setup();
    const { chart, said } = renderDrones();
    // jsdom lays nothing out: the drawing sits at the page's top left at its own size.
    chart.getBoundingClientRect = () => new DOMRect(0, 0, 640, 340);
    await user.pointer({ target: chart, coords: { clientX: 39, clientY: 37 } });
    expect(said()).toMatch(/Drone 32 of 537$/);
    await user.unhover(chart);
    expect(said()).toBe('');
  });
});
