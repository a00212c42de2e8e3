import { describe, expect, it } from 'vitest';
import { waffleLayout } from '../../../src/charts/waffleLayout';
import { waffleStep } from '../../../src/charts/waffleStep';

describe('waffleLayout', () => {
  it('places 537 squares where the Recharts drawing placed them (640 × 340: 30 columns)', () => {
    const layout = waffleLayout(537, 640, 340);
    expect([layout.columns, layout.rows, layout.side]).toEqual([30, 18, 14.76]);
    expect(layout.corner(0)).toEqual({ x: 11.02, y: 9.62 });
    expect(layout.path.startsWith('M11.02 9.62h14.76v14.76h-14.76zM31.82 9.62h')).toBe(true);
    expect(layout.path.match(/M/g)).toHaveLength(537);
  });

  it('uses fewer, larger columns on a phone', () => {
    const layout = waffleLayout(537, 320, 340);
    expect([layout.columns, layout.rows]).toEqual([20, 27]);
  });

  it('finds the square whose cell holds a point, and none past the last or outside', () => {
    const layout = waffleLayout(537, 640, 340);
    const centre = (i: number) => {
      const { x, y } = layout.corner(i);
      return [x + layout.side / 2, y + layout.side / 2] as const;
    };
    for (const i of [0, 1, 29, 30, 536]) expect(layout.indexAt(...centre(i))).toBe(i);
    // The last row holds 27 squares: its cells 28–30 are empty.
    expect(layout.indexAt(625, 330)).toBeNull();
    expect(layout.indexAt(2, 2)).toBeNull();
    expect(layout.indexAt(700, 100)).toBeNull();
  });
});

describe('waffleStep', () => {
  const step = (key: string, at: number | null) => waffleStep(key, at, 537, 30);

  it('moves one square, one row, a tenth of the rows, or to either end', () => {
    expect(step('ArrowRight', 0)).toBe(1);
    expect(step('ArrowLeft', 5)).toBe(4);
    expect(step('ArrowDown', 0)).toBe(30);
    expect(step('ArrowUp', 45)).toBe(15);
    expect(step('PageDown', 0)).toBe(60);
    expect(step('PageUp', 100)).toBe(40);
    expect(step('Home', 300)).toBe(0);
    expect(step('End', 3)).toBe(536);
  });

  it('starts at the first or the last from none chosen, as Recharts’ arrows do', () => {
    expect(step('ArrowRight', null)).toBe(0);
    expect(step('ArrowDown', null)).toBe(0);
    expect(step('ArrowLeft', null)).toBe(536);
    expect(step('PageUp', null)).toBe(536);
  });

  it('stops at the edges, and leaves other keys alone', () => {
    expect(step('ArrowLeft', 0)).toBe(0);
    expect(step('ArrowRight', 536)).toBe(536);
    expect(step('ArrowDown', 520)).toBe(536);
    expect(step('PageUp', 10)).toBe(0);
    expect(step('Enter', 4)).toBeUndefined();
    expect(step(' ', 4)).toBeUndefined();
    expect(waffleStep('ArrowRight', null, 0, 30)).toBeUndefined();
  });
});
