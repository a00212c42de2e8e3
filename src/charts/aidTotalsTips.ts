import { figureById, selectAidTotals } from '../data/selectors';
import { formatMoney } from '../lib/format';
import { localize } from '../lib/localize';
import type { ChartContext } from './ChartContext';
import type { ChartTip } from './ChartTip';

/**
 * Each bar's tooltip, in bar order: its value label as the title (the amount, marked when we
 * converted it; the bar's label too), what it measures, and as of when.
 */
export function aidTotalsTips(ctx: ChartContext): ChartTip[] {
  const { dataset, lang, currency, t } = ctx;
  return selectAidTotals(dataset, currency).map((r) => {
    const figure = figureById(dataset, r.figureId);
    const value = formatMoney(r.money.amount, r.money.currency, lang, 'short');
    return {
      title: r.money.converted ? t('chart.valueConverted', { value }) : value,
      lines: [
        { text: localize(figure.measures, lang) },
        { text: localize(figure.asOf.wording, lang), muted: true },
      ],
    };
  });
}
