import type { ReactNode } from 'react';

/** The tooltip's look, shared by every chart so they read as one family. */
export function ChartTooltipBox({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-title">{title}</p>
      {children}
    </div>
  );
}
