import { downloadBlob } from '../lib/download';
import type { ChartContext } from './ChartContext';
import type { ChartSpec } from './ChartSpec';
import { exportChartSvg } from './exportChart';
import { exportFileName } from './exportFileName';
import { svgToPng } from './svgToPng';

export { prepareChartSvg } from './exportChart';

/**
 * Saves the chart in `frame` as an SVG or PNG file. Its own chunk, with everything it needs, out
 * of the first view's script: the app fetches it in a quiet moment (ChartActions).
 */
export async function downloadChart(
  frame: HTMLElement,
  spec: ChartSpec,
  ctx: ChartContext,
  format: 'svg' | 'png',
): Promise<void> {
  const { svg, width, height } = exportChartSvg(frame, spec, ctx);
  const blob =
    format === 'svg'
      ? new Blob([svg], { type: 'image/svg+xml' })
      : await svgToPng(svg, width, height, 2);
  downloadBlob(blob, exportFileName(spec, ctx, format));
}
