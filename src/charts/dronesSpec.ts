import { lazy } from 'react';
import { selectDroneCount } from '../data/selectors';
import { formatCount } from '../lib/format';
import type { ChartSpec } from './ChartSpec';

export const dronesSpec: ChartSpec = {
  id: 'drones',
  titleKey: 'chart.drones.title',
  subtitleKey: 'chart.drones.subtitle',
  figureIds: ['drones-provided'],
  summary: ({ dataset, lang, t }) =>
    t('chart.drones.summary', { count: formatCount(selectDroneCount(dataset), lang) }),
  table: ({ dataset, lang, t }) => ({
    columns: [t('chart.drones.col.item'), t('chart.drones.col.count')],
    rows: [[t('chart.drones.item'), formatCount(selectDroneCount(dataset), lang)]],
  }),
  showsConverted: () => false,
  Chart: lazy(() => import('./DronesChart')),
};
