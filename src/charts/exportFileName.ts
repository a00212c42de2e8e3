import type { ChartContext } from './ChartContext';
import type { ChartSpec } from './ChartSpec';

/** German file names: what a German reader's downloads folder should say. */
const GERMAN_NAMES: Readonly<Record<string, string>> = {
  'aid-totals': 'hilfe-und-exporte',
  drones: 'drohnen',
  timeline: 'chronologie',
};

/** What a downloaded file is called: what it holds, in which currency and language. */
export function exportFileName(spec: ChartSpec, ctx: ChartContext, ext: string): string {
  // Money charts name their currency; counts and dates are the same in both.
  const money = spec.showsConverted({ ...ctx, currency: 'USD' });
  const currency = money ? `_${ctx.currency.toLowerCase()}` : '';
  const name =
    ctx.lang === 'de'
      ? `militaerhilfe-ukraine_${GERMAN_NAMES[spec.id] ?? spec.id}`
      : `german-aid-ukraine_${spec.id}`;
  return `${name}${currency}_${ctx.lang}.${ext}`;
}
