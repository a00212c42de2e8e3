import { useState } from 'react';
import {
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  usePlotArea,
  type TooltipContentProps,
} from 'recharts';
import type { NameType, ValueType } from 'recharts/types/component/DefaultTooltipContent';
import { selectDroneCount } from '../data/selectors';
import { formatCount } from '../lib/format';
import type { ChartContext } from './ChartContext';
import { ChartTooltipBox } from './ChartTooltipBox';
import { dronesSpec } from './dronesSpec';
import { OneFocusStop } from './OneFocusStop';
import { TooltipAnnouncer } from './TooltipAnnouncer';
import { dronesTip } from './dronesTip';
import { CHART_COLORS, CHART_HEIGHT, INITIAL_WIDTH, WAFFLE } from './chartTheme';

interface Cell {
  col: number;
  row: number;
  n: number;
}

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
  columns: number;
  rows: number;
}

/** One drone. Sized from the plot area so the squares stay square at every width. */
function Square({ cx = 0, cy = 0, columns, rows }: SquareProps) {
  const plot = usePlotArea();
  const pitch = Math.min((plot?.width ?? 0) / columns, (plot?.height ?? 0) / rows);
  const side = pitch * (1 - WAFFLE.gap);
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
  const [columns, setColumns] = useState<number>(waffleColumns(initialWidth));
  const rows = Math.ceil(count / columns);
  const data = cells(count, columns);

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
        height={ctx.size?.height ?? CHART_HEIGHT}
        initialDimension={{ width: initialWidth, height: ctx.size?.height ?? CHART_HEIGHT }}
        onResize={(width) => setColumns(waffleColumns(width))}
      >
        <ScatterChart
          margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
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
          <Scatter
            data={data}
            isAnimationActive={false}
            shape={<Square columns={columns} rows={rows} />}
          />
        </ScatterChart>
      </ResponsiveContainer>
      <TooltipAnnouncer />
      <OneFocusStop />
    </>
  );
}
