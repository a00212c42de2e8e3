import { CURRENCIES, type Currency, type Lang } from '../lib/locale';
import { bakeKey, type BakeSize } from './bakeKey';
import type { ChartSpec } from './ChartSpec';
import { CHART_HEIGHT, SLIDE_CHART, SLIDE_PORTRAIT_CHART } from './chartTheme';

/** The size of a chart's drawing for a slide. */
export const SLIDE_BAKE_SIZE: BakeSize = { width: SLIDE_CHART.width, height: SLIDE_CHART.height };

/** How a slide is laid out: the 16:9 stage, or the tall one of portrait screens (SlideStage). */
export type SlideShape = 'landscape' | 'portrait';

/** A chart's size and font scale on a slide of each shape. */
export const SLIDE_CHARTS = { landscape: SLIDE_CHART, portrait: SLIDE_PORTRAIT_CHART } as const;

/** The size of a chart's drawing for a slide of this shape. */
export function slideBakeSize(shape: SlideShape): BakeSize {
  const { width, height } = SLIDE_CHARTS[shape];
  return { width, height };
}

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
    ...(['landscape', 'portrait'] as const).map((shape) => ({
      size: slideBakeSize(shape),
      fontScale: SLIDE_CHARTS[shape].fontScale,
    })),
  ];
}

/**
 * The keys of a chart's slide drawings in one language: one per currency it is drawn in, for
 * each slide shape (the deck turns with the screen, so both ride along).
 */
export function slideBakeKeys(spec: ChartSpec, lang: Lang): string[] {
  if (!spec.bake) return [];
  return (['landscape', 'portrait'] as const).flatMap((shape) =>
    bakeCurrencies(spec).map((currency) => bakeKey(spec.id, lang, currency, slideBakeSize(shape))),
  );
}
