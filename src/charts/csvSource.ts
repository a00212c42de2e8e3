import { formatMonth } from '../lib/format';
import type { ChartContext } from './ChartContext';

/**
 * The credit written into every row of a downloaded CSV, so a copied row keeps its source. The
 * article's day is inferred, not printed in it, so the credit gives the month its text supports.
 */
export function csvSource({ dataset, lang, t }: ChartContext): string {
  const { outlet, author, published } = dataset.article;
  return t('csv.source', { outlet, author, month: formatMonth(published.date, lang) });
}
