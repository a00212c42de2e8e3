import type { ChartContext } from './ChartContext';
import type { ChartSpec } from './ChartSpec';
import { csvInLanguage } from './csvInLanguage';
import { exportFileName } from './exportFileName';
import { toCsv } from './toCsv';

/** A chart's table as CSV text, in the context's language and currency. */
export function csvText(spec: ChartSpec, ctx: ChartContext): string {
  return toCsv(csvInLanguage(spec.csv(ctx), ctx.lang));
}

/**
 * Where the build writes that CSV, from the site's base (`data/` and the name a download gets):
 * one file per chart, language and, for money, currency (entry-server's csvFiles).
 */
export function csvFilePath(spec: ChartSpec, ctx: ChartContext): string {
  return `data/${exportFileName(spec, ctx, 'csv')}`;
}
