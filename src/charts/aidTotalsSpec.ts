import { figureById, selectAidTotals } from '../data/selectors';
import { formatMoney } from '../lib/format';
import { preloadable } from '../lib/preloadable';
import { liveBakedChart } from './liveBakedChart';
import { aidTotalsTips } from './aidTotalsTips';
import type { ChartSpec } from './ChartSpec';
import { BAKE_TIERS } from './chartTheme';
import { csvSource } from './csvSource';
import { figureSources } from './figureSources';

const chart = preloadable(() => import('./AidTotalsChart'));

const FIGURES = ['aid-provided', 'exports-authorised-2024'] as const;

export const aidTotalsSpec: ChartSpec = {
  id: 'aid-totals',
  kind: 'figure',
  titleKey: 'chart.aidTotals.title',
  subtitleKey: 'chart.aidTotals.subtitle',
  sources: ({ dataset }) => figureSources(dataset, FIGURES),
  summary: ({ dataset, lang, currency, t }) => {
    const [provided, authorised] = selectAidTotals(dataset, currency).map((r) =>
      formatMoney(r.money.amount, r.money.currency, lang),
    );
    return t('chart.aidTotals.summary', { provided: provided ?? '', authorised: authorised ?? '' });
  },
  table: ({ dataset, lang, currency, t }) => ({
    columns: [
      t('chart.aidTotals.col.measure'),
      t('chart.aidTotals.col.period'),
      t('chart.aidTotals.col.value', { currency }),
    ],
    rows: selectAidTotals(dataset, currency).map((r) => {
      const value = formatMoney(r.money.amount, r.money.currency, lang);
      return [
        t(`chart.aidTotals.${r.id}`),
        t(`chart.aidTotals.period.${r.id}`),
        r.money.converted ? t('chart.valueConverted', { value }) : value,
      ];
    }),
  }),
  csv: (ctx) => ({
    columns: [
      'measure',
      'period',
      'amount',
      'currency',
      'converted',
      'as_of',
      'as_of_basis',
      'source',
    ],
    rows: selectAidTotals(ctx.dataset, ctx.currency).map((r, i) => {
      const asOf = figureById(ctx.dataset, FIGURES[i] as string).asOf;
      return [
        ctx.t(`chart.aidTotals.${r.id}`),
        ctx.t(`chart.aidTotals.period.${r.id}`),
        r.money.amount,
        r.money.currency,
        r.money.converted ? 'yes' : 'no',
        asOf.date ?? '',
        asOf.basis,
        csvSource(ctx),
      ];
    }),
  }),
  fixedHeight: true,
  // One drawing per width tier: the bars' spacing and the category names' wrapping follow the width.
  bake: {
    drawings: BAKE_TIERS.map((width, tier) => ({ width: Math.max(width, 256), tiers: [tier] })),
    byCurrency: true,
  },
  tips: (ctx) => aidTotalsTips(ctx).map((tip, i) => ({ mark: String(i), tip })),
  showsConverted: ({ dataset, currency }) =>
    selectAidTotals(dataset, currency).some((r) => r.money.converted),
  Chart: chart.Component,
  LiveBake: liveBakedChart.Component,
};
