import { CURRENCIES, type Currency, type Lang } from '../lib/locale';
import { bakeKey, type BakeSize } from './bakeKey';
import type { ChartSpec } from './ChartSpec';
import { CHART_HEIGHT, SLIDE_CHART } from './chartTheme';

/** The size of a chart's drawing for a slide. */
export const SLIDE_BAKE_SIZE: BakeSize = { width: SLIDE_CHART.width, height: SLIDE_CHART.height };

/** The currencies a chart is drawn in: both for a chart of money, else one. */
export function bakeCurrencies(spec: ChartSpec): readonly Currency[] {
  return spec.bake?.byCurrency ? CURRENCIES : ['EUR'];
}

/** A chart's drawings for pages: each size, with the width tiers whose boxes show it. */
export function pageDrawings(spec: ChartSpec): { size: BakeSize; tiers: readonly number[] }[] {
  return (spec.bake?.drawings ?? []).map((d) => ({
    size: { width: d.width, height: CHART_HEIGHT },
    tiers: d.tiers,
  }));
}

/** One size a chart is baked at, with its font scale: the page's drawings, then the slide's. */
export interface BakeVariant {
  size: BakeSize;
  fontScale: number;
}

export function bakeVariants(spec: ChartSpec): BakeVariant[] {
  if (!spec.bake) return [];
  return [
    ...pageDrawings(spec).map(({ size }) => ({ size, fontScale: 1 })),
    { size: SLIDE_BAKE_SIZE, fontScale: SLIDE_CHART.fontScale },
  ];
}

/** The keys of a chart's slide drawings in one language, one per currency it is drawn in. */
export function slideBakeKeys(spec: ChartSpec, lang: Lang): string[] {
  if (!spec.bake) return [];
  return bakeCurrencies(spec).map((currency) => bakeKey(spec.id, lang, currency, SLIDE_BAKE_SIZE));
}
