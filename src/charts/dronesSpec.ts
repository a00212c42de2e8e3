import { figureById, selectDroneCount } from '../data/selectors';
import { formatCount } from '../lib/format';
import { preloadable } from '../lib/preloadable';
import { liveBakedChart } from './liveBakedChart';
import type { ChartSpec } from './ChartSpec';
import { TIP_SLOT } from './ChartTip';
import { dronesTip } from './dronesTip';
import { csvSource } from './csvSource';
import { figureSources } from './figureSources';

const chart = preloadable(() => import('./DronesChart'));

export const dronesSpec: ChartSpec = {
  id: 'drones',
  kind: 'figure',
  titleKey: 'chart.drones.title',
  subtitleKey: 'chart.drones.subtitle',
  sources: ({ dataset }) => figureSources(dataset, ['drones-provided']),
  summary: ({ dataset, lang, t }) =>
    t('chart.drones.summary', { count: formatCount(selectDroneCount(dataset), lang) }),
  table: ({ dataset, lang, t }) => ({
    columns: [t('chart.drones.col.item'), t('chart.drones.col.count')],
    rows: [[t('chart.drones.item'), formatCount(selectDroneCount(dataset), lang)]],
  }),
  csv: (ctx) => {
    const { asOf } = figureById(ctx.dataset, 'drones-provided');
    return {
      columns: ['item', 'units', 'as_of', 'as_of_basis', 'source'],
      rows: [
        [
          ctx.t('chart.drones.item'),
          selectDroneCount(ctx.dataset),
          asOf.date ?? '',
          asOf.basis,
          csvSource(ctx),
        ],
      ],
    };
  },
  fixedHeight: true,
  // The waffle only changes its columns at WAFFLE.narrowBelow (tier 3); it scales between.
  bake: {
    drawings: [
      { width: 320, tiers: [0, 1, 2] },
      { width: 640, tiers: [3, 4, 5, 6] },
    ],
    byCurrency: false,
  },
  tips: (ctx) => [{ mark: '*', tip: dronesTip(ctx, TIP_SLOT) }],
  showsConverted: () => false,
  Chart: chart.Component,
  LiveBake: liveBakedChart.Component,
};
