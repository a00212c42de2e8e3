// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import {
  impliedUsdPerEur,
  moneyIn,
  selectAidTotals,
  selectDroneCount,
  selectFigureCards,
  selectTimeline,
} from '../../../src/data/selectors';

describe('selectors', () => {
  it('derives the implied rate from the one figure stated in both currencies', () => {
    expect(impliedUsdPerEur(dataset)).toBeCloseTo(11.03 / 10.2, 12);
  });

  it('uses a stated amount as stated and marks only converted ones', () => {
    const rate = impliedUsdPerEur(dataset);
    expect(moneyIn({ kind: 'money', stated: { EUR: 10.2e9, USD: 11.03e9 } }, 'USD', rate)).toEqual({
      amount: 11.03e9,
      currency: 'USD',
      converted: false,
    });
    const converted = moneyIn({ kind: 'money', stated: { EUR: 4.88e9 } }, 'USD', rate);
    expect(converted.converted).toBe(true);
    expect(converted.amount).toBeCloseTo(4.88e9 * (11.03 / 10.2), 0);
  });

  it('gives the two aid measures separately, never a sum', () => {
    const rows = selectAidTotals(dataset, 'EUR');
    expect(rows.map((r) => [r.id, r.money.amount])).toEqual([
      ['provided', 10.2e9],
      ['authorised', 4.88e9],
    ]);
    expect(rows.every((r) => !r.money.converted)).toBe(true);
    const usd = selectAidTotals(dataset, 'USD');
    expect(usd.map((r) => r.money.converted)).toEqual([false, true]);
  });

  it('reads the drone count and the headline/context split', () => {
    expect(selectDroneCount(dataset)).toBe(537);
    const { headline, context } = selectFigureCards(dataset);
    expect(headline.map((f) => f.id)).toEqual([
      'aid-provided',
      'exports-authorised-2024',
      'drones-provided',
      'patriot-systems',
      'wiesbaden-staff',
      'czech-initiative-rounds',
    ]);
    expect(context.map((f) => f.id)).toEqual(['supporter-rank', 'nato-age']);
  });

  it('orders the timeline oldest first', () => {
    const starts = selectTimeline(dataset).map((e) => e.start);
    expect(starts).toEqual([...starts].sort());
    expect(starts[0]).toBe('1949-04-04');
  });
});
