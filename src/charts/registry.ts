import { aidTotalsSpec } from './aidTotalsSpec';
import type { ChartSpec } from './ChartSpec';
import { dronesSpec } from './dronesSpec';
import { timelineSpec } from './timelineSpec';

/** Every chart, once: the dashboard, embeds and slides all draw from this list. */
export const CHARTS: readonly ChartSpec[] = [aidTotalsSpec, dronesSpec, timelineSpec];

export function chartById(id: string): ChartSpec | undefined {
  return CHARTS.find((c) => c.id === id);
}
