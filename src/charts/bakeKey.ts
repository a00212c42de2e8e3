import type { Currency, Lang } from '../lib/locale';

/** One drawing the build makes of a chart ahead of any script: its width and height. */
export interface BakeSize {
  width: number;
  height: number;
}

/** Names one baked drawing: chart, language, currency and size. */
export function bakeKey(chartId: string, lang: Lang, currency: Currency, size: BakeSize): string {
  return `${chartId}:${lang}:${currency}:${size.width}x${size.height}`;
}

/** The baked drawings of a page, by bakeKey: SVG markup drawn by Recharts at build time. */
export type Bakes = Readonly<Record<string, string>>;
