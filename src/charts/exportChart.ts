import type { ChartContext } from './ChartContext';
import type { ChartSpec } from './ChartSpec';
import { cloneSurface } from './cloneSurface';
import { composeSvg, type ExportParts } from './composeSvg';
import { sourceLine } from './sourceLine';

/**
 * The chart in `frame` as one SVG with title, notes and source. The drawing is the one shown (the
 * live Recharts surface or the build's drawing); otherwise (table or sources tab, the timeline)
 * its table rows.
 */
export function exportChartSvg(
  frame: HTMLElement,
  spec: ChartSpec,
  ctx: ChartContext,
): { svg: string; width: number; height: number } {
  const style = getComputedStyle(frame);
  const color = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  // The live chart, else the build's drawing the page shows (a baked drawing made live, or one
  // not reached for yet): either is the chart the reader sees.
  const surface =
    frame.querySelector<SVGSVGElement>('svg.recharts-surface') ??
    [...frame.querySelectorAll<SVGSVGElement>('.chart-box svg.chart-baked-svg')].find(
      (svg) => svg.getBoundingClientRect().width > 0,
    ) ??
    null;
  const table = spec.table(ctx);
  const body: ExportParts['body'] = surface
    ? { kind: 'svg', ...cloneSurface(surface) }
    : { kind: 'lines', lines: table.rows.map((row) => row.join(' — ')) };
  return composeSvg({
    title: ctx.t(spec.titleKey),
    subtitle: ctx.t(spec.subtitleKey),
    body,
    notes: [spec.summary(ctx)],
    source: sourceLine(spec, ctx),
    colors: {
      paper: color('--card', '#ffffff'),
      ink: color('--ink', '#161616'),
      muted: color('--ink-muted', '#555555'),
      rule: color('--rule', '#d6d3cc'),
    },
    fontFamily: style.fontFamily || 'system-ui, sans-serif',
  });
}
