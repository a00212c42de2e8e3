import type { ChartTip } from './ChartTip';
import './ChartTooltipBox.css';

/**
 * The tooltip's look, shared by every chart so they read as one family, and by the live chart
 * and the baked drawing's stand-in (src/boot/tipBeforeApp.ts), so both say the same.
 */
export function ChartTooltipBox({ tip }: { tip: ChartTip }) {
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-title">{tip.title}</p>
      {tip.lines.map((line) => (
        <p key={line.text} className={line.muted ? 'chart-tooltip-muted' : undefined}>
          {line.text}
        </p>
      ))}
    </div>
  );
}
