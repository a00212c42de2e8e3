import { figureById, selectDroneCount } from '../data/selectors';
import { formatCount } from '../lib/format';
import { localize } from '../lib/localize';
import type { ChartContext } from './ChartContext';
import type { ChartTip } from './ChartTip';

/** A drone square's tooltip; `n` is the square's number as written ("12", or TIP_SLOT). */
export function dronesTip(ctx: ChartContext, n: string): ChartTip {
  const { dataset, lang, t } = ctx;
  const count = formatCount(selectDroneCount(dataset), lang);
  return {
    title: t('unit.drones', { count }),
    lines: [
      { text: localize(figureById(dataset, 'drones-provided').measures, lang) },
      { text: t('chart.drones.tooltip', { n, count }), muted: true },
    ],
  };
}
