import { lazy } from 'react';
import { selectAidTotals } from '../data/selectors';
import { formatMoney } from '../lib/format';
import type { ChartSpec } from './ChartSpec';

export const aidTotalsSpec: ChartSpec = {
  id: 'aid-totals',
  titleKey: 'chart.aidTotals.title',
  subtitleKey: 'chart.aidTotals.subtitle',
  figureIds: ['aid-provided', 'exports-authorised-2024'],
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
  showsConverted: ({ dataset, currency }) =>
    selectAidTotals(dataset, currency).some((r) => r.money.converted),
  Chart: lazy(() => import('./AidTotalsChart')),
};
