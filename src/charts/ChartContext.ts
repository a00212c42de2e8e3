import type { Dataset } from '../data/schema';
import type { Currency, Lang } from '../lib/locale';
import type { T } from '../lib/useT';

/** What every chart, table and summary is computed from. */
export interface ChartContext {
  dataset: Dataset;
  lang: Lang;
  currency: Currency;
  t: T;
  /**
   * Slides draw charts bigger: the box height and a factor for every font size. The build's
   * baked drawings also give the width, since no browser measures the box there.
   */
  size?: { height: number; fontScale: number; width?: number };
}
