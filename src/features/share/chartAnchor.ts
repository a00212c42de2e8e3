import type { ChartSpec } from '../../charts/ChartSpec';

/** Where a shared link lands: the chart's place on the dashboard. */
export function chartAnchor(spec: ChartSpec): string {
  return spec.kind === 'timeline' ? 'timeline' : `chart-${spec.id}`;
}
