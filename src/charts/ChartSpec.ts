import type { ComponentType } from 'react';
import type { MessageKey } from '../lib/i18n/en';
import type { ChartContext } from './ChartContext';
import type { BakedTip } from './ChartTip';

export interface ChartTable {
  columns: string[];
  rows: string[][];
}

/** A chart's data for download: raw values (no thousands separators) with units in the columns. */
export interface ChartCsv {
  columns: string[];
  rows: (string | number)[][];
}

/** A verbatim passage a chart rests on, with a note on where it comes from when not the article. */
export interface ChartSource {
  text: string;
  /** For context from outside the article: where it comes from (it is then not an excerpt). */
  reference?: string;
}

/** How the build draws a chart ahead of any script (see BAKE_TIERS in chartTheme.ts). */
export interface ChartBake {
  /** Each drawing: the width it is drawn at, and the width tiers whose boxes show it. */
  drawings: readonly { width: number; tiers: readonly number[] }[];
  /** True for a chart of money: it is drawn in each currency, and CSS shows the chosen one. */
  byCurrency: boolean;
}

/**
 * One entry of the chart registry: everything a view needs to show a chart — its title, the
 * passages it rests on, a text summary and table that render without Recharts (so they can be
 * prerendered), its data for download, and the chart itself, loaded only when drawn.
 */
export interface ChartSpec {
  id: string;
  /** Figure charts sit in the dashboard's Charts section; the timeline has its own section. */
  kind: 'figure' | 'timeline';
  titleKey: MessageKey;
  subtitleKey: MessageKey;
  sources: (ctx: ChartContext) => ChartSource[];
  summary: (ctx: ChartContext) => string;
  table: (ctx: ChartContext) => ChartTable;
  csv: (ctx: ChartContext) => ChartCsv;
  /** True when the chart shows an amount we converted, so the footer says at what rate. */
  showsConverted: (ctx: ChartContext) => boolean;
  /** Drawn charts keep a fixed box so nothing shifts while they load; lists take their height. */
  fixedHeight: boolean;
  /** Drawn charts are baked into the page by the build; lists are plain HTML already. */
  bake?: ChartBake;
  /** The tooltips of a baked drawing's marks, shown before the live chart is in (tipBeforeApp). */
  tips?: (ctx: ChartContext) => BakedTip[];
  /** Loaded on demand for drawn charts (Recharts; see lib/preloadable); plain for lists. */
  Chart: ComponentType<{ ctx: ChartContext }>;
  /**
   * Where the page holds the build's drawing, the chart is that drawing made live (a layer over
   * it for the keyboard; the pointer's tooltips are the boot script's) rather than drawn again by
   * Recharts: loaded on demand like `Chart`.
   */
  LiveBake?: ComponentType<LiveBakeProps>;
}

/** What a chart's live baked drawing is given (LiveBakedChart). */
export interface LiveBakeProps {
  spec: ChartSpec;
  ctx: ChartContext;
  /** The id of the chart's summary, which describes it. */
  describedBy: string;
}
