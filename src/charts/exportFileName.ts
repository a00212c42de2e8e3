import type { ChartContext } from './ChartContext';
import type { ChartSpec } from './ChartSpec';

/** What a downloaded file is called: what it holds, in which currency and language. */
export function exportFileName(spec: ChartSpec, ctx: ChartContext, ext: string): string {
  // Money charts name their currency; counts and dates are the same in both.
  const money = spec.showsConverted({ ...ctx, currency: 'USD' });
  const currency = money ? `_${ctx.currency.toLowerCase()}` : '';
  return `german-aid-ukraine_${spec.id}${currency}_${ctx.lang}.${ext}`;
}
