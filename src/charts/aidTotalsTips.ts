import { figureById, selectAidTotals } from '../data/selectors';
import { formatMoney } from '../lib/format';
import { localize } from '../lib/localize';
import type { ChartContext } from './ChartContext';
import type { ChartTip } from './ChartTip';

/** The bar's value label: the amount, marked when we converted it. */
export function aidTotalsLabels(ctx: ChartContext): string[] {
  const { dataset, lang, currency, t } = ctx;
  return selectAidTotals(dataset, currency).map((r) => {
    const value = formatMoney(r.money.amount, r.money.currency, lang, 'short');
    return r.money.converted ? t('chart.valueConverted', { value }) : value;
  });
}

/** Each bar's tooltip, in bar order: its value, what it measures, and as of when. */
export function aidTotalsTips(ctx: ChartContext): ChartTip[] {
  const { dataset, lang, currency } = ctx;
  const labels = aidTotalsLabels(ctx);
  return selectAidTotals(dataset, currency).map((r, i) => {
    const figure = figureById(dataset, r.figureId);
    return {
      title: labels[i] ?? '',
      lines: [
        { text: localize(figure.measures, lang) },
        { text: localize(figure.asOf.wording, lang), muted: true },
      ],
    };
  });
}
