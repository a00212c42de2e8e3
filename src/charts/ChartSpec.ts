import type { ComponentType, LazyExoticComponent } from 'react';
import type { MessageKey } from '../lib/i18n/en';
import type { ChartContext } from './ChartContext';

export interface ChartTable {
  columns: string[];
  rows: string[][];
}

/**
 * One entry of the chart registry: everything a view needs to show a chart — its title, the
 * figures it rests on, a text summary and table that render without Recharts (so they can be
 * prerendered), and the Recharts component itself, loaded only when drawn.
 */
export interface ChartSpec {
  id: string;
  titleKey: MessageKey;
  subtitleKey: MessageKey;
  figureIds: readonly string[];
  summary: (ctx: ChartContext) => string;
  table: (ctx: ChartContext) => ChartTable;
  /** True when the chart shows an amount we converted, so the footer says at what rate. */
  showsConverted: (ctx: ChartContext) => boolean;
  Chart: LazyExoticComponent<ComponentType<{ ctx: ChartContext }>>;
}
