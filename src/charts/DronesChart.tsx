import { useMemo, useState } from 'react';
import {
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import type { NameType, ValueType } from 'recharts/types/component/DefaultTooltipContent';
import { selectDroneCount } from '../data/selectors';
import { formatCount } from '../lib/format';
import type { ChartContext } from './ChartContext';
import { ChartTooltipBox } from './ChartTooltipBox';
import { dronesSpec } from './dronesSpec';
import { useOneFocusStop } from './OneFocusStop';
import { TooltipAnnouncer } from './TooltipAnnouncer';
import { dronesTip } from './dronesTip';
import { CHART_COLORS, CHART_HEIGHT, INITIAL_WIDTH, WAFFLE } from './chartTheme';

interface Cell {
  col: number;
  row: number;
  n: number;
}

const MARGIN = { top: 8, right: 8, bottom: 8, left: 8 };

/** Fewer columns on phones keep each square large enough to see. */
function waffleColumns(width: number): number {
  return width < WAFFLE.narrowBelow ? WAFFLE.narrowColumns : WAFFLE.wideColumns;
}

function cells(count: number, columns: number): Cell[] {
  return Array.from({ length: count }, (_, i) => ({
    col: i % columns,
    row: Math.floor(i / columns),
    n: i + 1,
  }));
}

interface SquareProps {
  cx?: number;
  cy?: number;
  side: number;
}

/**
 * One drone, its side worked out once for all 537 by the chart: a store hook in each square
 * (usePlotArea) made every arrow key or restart re-run 537 selectors.
 */
function Square({ cx = 0, cy = 0, side }: SquareProps) {
  return (
    <rect
      x={cx - side / 2}
      y={cy - side / 2}
      width={side}
      height={side}
      fill={CHART_COLORS.drones}
    />
  );
}

/** A unit chart: 537 squares, one per drone, as one quantity (the model split is unpublished). */
export default function DronesChart({ ctx }: { ctx: ChartContext }) {
  const { dataset, lang, t } = ctx;
  const count = selectDroneCount(dataset);
  const initialWidth = ctx.size?.width ?? INITIAL_WIDTH;
  const initialHeight = ctx.size?.height ?? CHART_HEIGHT;
  const [size, setSize] = useState({ width: initialWidth, height: initialHeight });
  const columns = waffleColumns(size.width);
  const { chartKey, focusStop } = useOneFocusStop();
  const rows = Math.ceil(count / columns);
  // The plot area is the box less the margins (both axes are hidden), and the squares stay square
  // at every width.
  const pitch = Math.min(
    (size.width - MARGIN.left - MARGIN.right) / columns,
    (size.height - MARGIN.top - MARGIN.bottom) / rows,
  );
  const side = Math.max(0, pitch * (1 - WAFFLE.gap));
  // The same array while the columns stay: new data would have Recharts redo every point.
  const data = useMemo(() => cells(count, columns), [count, columns]);

  function renderTooltip({ active, payload }: TooltipContentProps<ValueType, NameType>) {
    const cell = payload[0]?.payload as Cell | undefined;
    if (!active || !cell) return null;
    return <ChartTooltipBox tip={dronesTip(ctx, formatCount(cell.n, lang))} />;
  }

  return (
    <>
      <ResponsiveContainer
        // A given size is used as it is (see AidTotalsChart: a scaled slide measures wrong).
        width={ctx.size?.width ?? '100%'}
        height={initialHeight}
        initialDimension={{ width: initialWidth, height: initialHeight }}
        onResize={(width, height) => setSize({ width, height })}
      >
        <ScatterChart
          key={chartKey}
          margin={MARGIN}
          accessibilityLayer
          title={t('chart.drones.title')}
          desc={dronesSpec.summary(ctx)}
        >
          <XAxis type="number" dataKey="col" domain={[-0.5, columns - 0.5]} hide />
          <YAxis type="number" dataKey="row" domain={[-0.5, rows - 0.5]} reversed hide />
          <Tooltip
            content={renderTooltip}
            cursor={false}
            isAnimationActive={false}
            // Clear of the square it describes: at the default 10 px from its centre, the box
            // covered the drone a keyboard reader had just moved to.
            offset={20}
          />
          <Scatter data={data} isAnimationActive={false} shape={<Square side={side} />} />
        </ScatterChart>
      </ResponsiveContainer>
      <TooltipAnnouncer />
      {focusStop}
    </>
  );
}
