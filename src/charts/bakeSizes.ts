import { CURRENCIES, type Lang } from '../lib/locale';
import { bakeKey, type BakeSize } from './bakeKey';
import type { ChartSpec } from './ChartSpec';
import { CHART_HEIGHT, SLIDE_CHART } from './chartTheme';

/** One size a chart is baked at, with its font scale: the page's drawings, then the slide's. */
export interface BakeVariant {
  size: BakeSize;
  fontScale: number;
}

export function bakeVariants(spec: ChartSpec): BakeVariant[] {
  if (!spec.bake) return [];
  return [
    ...spec.bake.drawings.map((d) => ({
      size: { width: d.width, height: CHART_HEIGHT },
      fontScale: 1,
    })),
    {
      size: { width: SLIDE_CHART.width, height: SLIDE_CHART.height },
      fontScale: SLIDE_CHART.fontScale,
    },
  ];
}

/** The keys of a chart's slide drawings in one language, one per currency it is drawn in. */
export function slideBakeKeys(spec: ChartSpec, lang: Lang): string[] {
  if (!spec.bake) return [];
  const size = { width: SLIDE_CHART.width, height: SLIDE_CHART.height };
  return (spec.bake.byCurrency ? CURRENCIES : (['EUR'] as const)).map((currency) =>
    bakeKey(spec.id, lang, currency, size),
  );
}
