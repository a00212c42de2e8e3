import { useState } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ResponsiveContainer,
  Text,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
  type XAxisTickContentProps,
} from 'recharts';
import type { NameType, ValueType } from 'recharts/types/component/DefaultTooltipContent';
import { selectAidTotals } from '../data/selectors';
import { formatMoney } from '../lib/format';
import { aidTotalsTips } from './aidTotalsTips';
import type { ChartContext } from './ChartContext';
import type { ChartTip } from './ChartTip';
import { ChartTooltipBox } from './ChartTooltipBox';
import { aidTotalsSpec } from './aidTotalsSpec';
import { OneFocusStop } from './OneFocusStop';
import { TooltipAnnouncer } from './TooltipAnnouncer';
import { CHART_COLORS, CHART_HEIGHT, FONT_SIZE, INITIAL_WIDTH } from './chartTheme';

const MARGIN = { top: 32, right: 8, bottom: 8, left: 8 };
const Y_AXIS_WIDTH = 76;
/** Room for a category name on two lines. */
const X_AXIS_HEIGHT = 48;

interface Row {
  name: string;
  value: number;
  label: string;
  tip: ChartTip;
  fill: string;
}

/** The two money measures as two labelled columns; never stacked, since they must not be summed. */
export default function AidTotalsChart({ ctx }: { ctx: ChartContext }) {
  const { dataset, lang, currency, t } = ctx;
  const height = ctx.size?.height ?? CHART_HEIGHT;
  const scale = ctx.size?.fontScale ?? 1;
  const initialWidth = ctx.size?.width ?? INITIAL_WIDTH;
  const [width, setWidth] = useState<number>(initialWidth);
  // Category names wrap within their own column, so they never collide on a phone.
  const columnWidth = Math.max(
    0,
    (width - Y_AXIS_WIDTH * scale - MARGIN.left - MARGIN.right) / 2 - 8,
  );
  const tips = aidTotalsTips(ctx);
  const rows: Row[] = selectAidTotals(dataset, currency).map((r, i) => {
    const tip = tips[i] ?? { title: '', lines: [] };
    // The bar's value label is its tooltip's title.
    return {
      name: t(`chart.aidTotals.${r.id}`),
      value: r.money.amount,
      label: tip.title,
      tip,
      fill: CHART_COLORS[r.id],
    };
  });

  function renderTooltip({ active, payload }: TooltipContentProps<ValueType, NameType>) {
    const row = payload[0]?.payload as Row | undefined;
    if (!active || !row) return null;
    return <ChartTooltipBox tip={row.tip} />;
  }

  return (
    <>
      <ResponsiveContainer
        // A given size (a slide, a bake) is used as it is. Measured, a slide's box reads smaller
        // or larger than it is (the stage is scaled with a transform, recharts#4246) until the
        // resize observer corrects it: the live chart would flash at the wrong width.
        width={ctx.size?.width ?? '100%'}
        height={height}
        initialDimension={{ width: initialWidth, height }}
        onResize={(w) => setWidth(w)}
      >
        <BarChart
          data={rows}
          margin={MARGIN}
          accessibilityLayer
          title={t('chart.aidTotals.title')}
          desc={aidTotalsSpec.summary(ctx)}
        >
          <CartesianGrid vertical={false} stroke={CHART_COLORS.grid} />
          <XAxis
            dataKey="name"
            interval={0}
            tickLine={false}
            height={X_AXIS_HEIGHT * scale}
            tick={({ x, y, payload }: XAxisTickContentProps) => (
              <Text
                x={x}
                y={Number(y) + 4}
                width={columnWidth}
                textAnchor="middle"
                verticalAnchor="start"
                className="chart-category"
                fill={CHART_COLORS.ink}
                fontSize={FONT_SIZE.label * scale}
              >
                {String(payload.value)}
              </Text>
            )}
            axisLine={{ stroke: CHART_COLORS.muted }}
          />
          <YAxis
            tickFormatter={(v: number) => formatMoney(v, currency, lang, 'short')}
            tick={{ fill: CHART_COLORS.muted, fontSize: FONT_SIZE.tick * scale }}
            tickLine={false}
            axisLine={false}
            width={Y_AXIS_WIDTH * scale}
          />
          <Tooltip content={renderTooltip} cursor={{ fill: CHART_COLORS.cursor }} />
          <Bar dataKey="value" maxBarSize={140} isAnimationActive={false}>
            {rows.map((row) => (
              <Cell key={row.name} fill={row.fill} />
            ))}
            <LabelList
              dataKey="label"
              position="top"
              fill={CHART_COLORS.ink}
              fontSize={FONT_SIZE.label * scale}
              fontWeight={700}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
      <TooltipAnnouncer />
      <OneFocusStop />
    </>
  );
}
