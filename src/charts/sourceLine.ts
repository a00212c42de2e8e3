import { impliedUsdPerEur } from '../data/selectors';
import { formatMonth, formatRate } from '../lib/format';
import type { ChartContext } from './ChartContext';
import type { ChartSpec } from './ChartSpec';

/** The credit under a chart (and inside its image exports), with the rate where we converted. */
export function sourceLine(spec: ChartSpec, ctx: ChartContext): string {
  const { dataset, lang, t } = ctx;
  const { article } = dataset;
  const credit = t('chart.sourceNoHeadline', {
    outlet: article.outlet,
    author: article.author,
    date: formatMonth(article.published.date, lang),
  });
  return spec.showsConverted(ctx)
    ? `${credit} ${t('chart.convertedNote', { rate: formatRate(impliedUsdPerEur(dataset), lang) })}`
    : credit;
}
