import {
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
} from 'react';
import { ResponsiveContainer, Surface } from 'recharts';
import { selectDroneCount } from '../data/selectors';
import { formatCount } from '../lib/format';
import type { ChartContext } from './ChartContext';
import { CHART_KEYS } from './chartKeys';
import { ChartTooltipBox } from './ChartTooltipBox';
import { TipAnnouncement } from './TipAnnouncement';
import { dronesSpec } from './dronesSpec';
import { dronesTip } from './dronesTip';
import { waffleLayout } from './waffleLayout';
import { waffleStep } from './waffleStep';
import { BAKE_TIERS, CHART_COLORS, CHART_HEIGHT, INITIAL_WIDTH } from './chartTheme';
import './DronesChart.css';

/** The tooltip's distance from the square it names: clear of it, so the square stays in sight. */
const OFFSET = 20;

/** The width the build drew the waffle at for a box this wide: the drawing CSS shows there. */
function bakedWidth(boxWidth: number): number {
  const tier = BAKE_TIERS.findLastIndex((from) => from <= boxWidth);
  return dronesSpec.bake?.drawings.find((d) => d.tiers.includes(tier))?.width ?? boxWidth;
}

/** How a drawing of one size sits in a box of another, scaled to fit and centred (SVG's "meet"). */
function fitted(boxWidth: number, boxHeight: number, width: number, height: number) {
  const scale = Math.min(boxWidth / width, boxHeight / height) || 1;
  return {
    scale,
    left: (boxWidth - width * scale) / 2,
    top: (boxHeight - height * scale) / 2,
  };
}

interface Active {
  i: number;
  /** A pointer's choice goes when it leaves; a key's stays until Esc or blur. */
  by: 'key' | 'pointer';
}

/**
 * A unit chart: 537 squares, one per drone, as one quantity (the model split is unpublished).
 * Drawn as the build's drawing is: one path for every square and one highlighted square that
 * moves, so a key step or a pointer move changes one element and one tooltip, not 537. Recharts
 * drew each square as its own component (and `Scatter` has no option to draw them as one): its
 * chart took ≈ 1.6 s of main-thread work to mount at 4× CPU and every arrow key re-rendered all
 * 537. Recharts still sizes it (ResponsiveContainer) and gives its surface (title, description).
 * The keyboard is Recharts' own (focus shows the first square, ← → step) and more: ↑ ↓ a row,
 * PageUp/PageDown a tenth, Home/End the ends; the tooltip's words are read out (live region).
 */
export default function DronesChart({ ctx }: { ctx: ChartContext }) {
  const { dataset, lang, t } = ctx;
  const count = selectDroneCount(dataset);
  const height = ctx.size?.height ?? CHART_HEIGHT;
  const [width, setWidth] = useState(ctx.size?.width ?? INITIAL_WIDTH);
  // Drawn at the size the build drew it for this width, and scaled to the box as that drawing
  // is: the live squares sit exactly on the baked ones they take over from.
  const drawn = ctx.size ? { width, height } : { width: bakedWidth(width), height };
  const layout = useMemo(
    () => waffleLayout(count, drawn.width, drawn.height),
    [count, drawn.width, drawn.height],
  );
  const fit = fitted(width, height, drawn.width, drawn.height);
  const [active, setActive] = useState<Active | null>(null);
  /** The keyboard's square, which the keys go on from (the pointer's is its own, as in Recharts). */
  const last = useRef<number | null>(null);
  const tipRef = useRef<HTMLDivElement>(null);
  /** A tap or click focuses the chart too: only a focus by keyboard shows the first square. */
  const pressed = useRef(false);
  const tip = active && dronesTip(ctx, formatCount(active.i + 1, lang));
  const corner = active && layout.corner(active.i);

  function choose(i: number, by: Active['by']) {
    if (by === 'key') last.current = i;
    setActive((now) => (now?.i === i && now.by === by ? now : { i, by }));
  }

  // The box's width before the first paint, not when the resize observer first reports it (a
  // frame or more later): the squares would show at the wrong size for that long, and a pointer
  // resting on the chart as it comes in would be read against them.
  const wrapRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const measured = wrapRef.current?.closest('.recharts-responsive-container')?.clientWidth;
    if (!ctx.size && measured) setWidth(measured);
  }, [ctx.size]);

  // The tooltip sits beside its square, on the side with room, kept inside the chart: measured
  // once per move, one small box.
  useLayoutEffect(() => {
    const box = tipRef.current;
    if (!box || !corner) return;
    const centre = {
      x: fit.left + (corner.x + layout.side / 2) * fit.scale,
      y: fit.top + (corner.y + layout.side / 2) * fit.scale,
    };
    const { offsetWidth: w, offsetHeight: h } = box;
    const right = centre.x + OFFSET + w <= width;
    const below = centre.y + OFFSET + h <= height;
    const left = right ? centre.x + OFFSET : Math.max(0, centre.x - OFFSET - w);
    const top = below ? centre.y + OFFSET : Math.max(0, centre.y - OFFSET - h);
    box.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  });

  /** The square under the pointer, in the drawing's pixels (a slide's stage is scaled). */
  function squareAt(event: MouseEvent<SVGSVGElement>): number | null {
    const rect = event.currentTarget.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) return null;
    const x = ((event.clientX - rect.left) * width) / rect.width;
    const y = ((event.clientY - rect.top) * height) / rect.height;
    return layout.indexAt((x - fit.left) / fit.scale, (y - fit.top) / fit.scale);
  }

  function onPointer(event: MouseEvent<SVGSVGElement>) {
    const i = squareAt(event);
    if (i !== null) choose(i, 'pointer');
    else if (active?.by === 'pointer') setActive(null);
  }

  function onKeyDown(event: KeyboardEvent<SVGSVGElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Escape') {
      if (active) setActive(null);
      return;
    }
    const next = waffleStep(event.key, last.current, count, layout.columns);
    if (next === undefined && !CHART_KEYS.has(event.key)) return;
    event.preventDefault();
    if (next !== undefined) choose(next, 'key');
  }

  return (
    <>
      <ResponsiveContainer
        // A given size (a slide, a bake) is used as it is: a scaled slide measures wrong.
        width={ctx.size?.width ?? '100%'}
        height={height}
        initialDimension={{ width, height }}
        onResize={(w) => setWidth(w)}
      >
        <div ref={wrapRef} className="waffle" style={{ width, height }}>
          <Surface
            width={width}
            height={height}
            viewBox={{ x: 0, y: 0, width: drawn.width, height: drawn.height }}
            title={t('chart.drones.title')}
            desc={dronesSpec.summary(ctx)}
            tabIndex={0}
            role="application"
            onFocus={() => {
              // Keyboard focus shows the first square, as Recharts' charts do; a click does not
              // (read from the press, not :focus-visible, which engines set differently).
              if (!pressed.current) choose(last.current ?? 0, 'key');
            }}
            onBlur={() => {
              pressed.current = false;
              setActive(null);
            }}
            onKeyDown={onKeyDown}
            onMouseMove={onPointer}
            onPointerDown={(event: PointerEvent<SVGSVGElement>) => {
              pressed.current = true;
              onPointer(event);
            }}
            onMouseLeave={() => {
              if (active?.by === 'pointer') setActive(null);
            }}
          >
            <path className="waffle-squares" fill={CHART_COLORS.drones} d={layout.path} />
            {corner && (
              <rect
                className="chart-highlight"
                x={corner.x}
                y={corner.y}
                width={layout.side}
                height={layout.side}
                fill={CHART_COLORS.ink}
              />
            )}
          </Surface>
          {tip && (
            <div ref={tipRef} className="waffle-tip">
              <ChartTooltipBox tip={tip} />
            </div>
          )}
        </div>
      </ResponsiveContainer>
      <TipAnnouncement tip={tip} />
    </>
  );
}
