import { describe, expect, it } from 'vitest';
import { inpOf } from '../../../scripts/inpOf';

describe('inpOf, a page’s INP as web-vitals computes it', () => {
  it('is 0 for a page with no interaction over 16 ms', () => {
    expect(inpOf([])).toBe(0);
  });

  it('is the longest interaction on a page of fewer than 50', () => {
    expect(inpOf([24, 72, 40])).toBe(72);
    expect(inpOf(Array.from({ length: 49 }, (_, i) => i + 16))).toBe(64);
  });

  it('sets one in every 50 aside on a page of many (the 98th percentile)', () => {
    // 536 steps of a keyboard walk: ten slow ones set aside, the eleventh is the figure.
    const steps = [
      ...Array.from({ length: 526 }, () => 32),
      ...Array.from({ length: 10 }, () => 56),
    ];
    expect(inpOf(steps)).toBe(32);
    expect(inpOf([...steps, 48])).toBe(48);
    expect(inpOf(Array.from({ length: 50 }, (_, i) => i))).toBe(48);
  });
});
