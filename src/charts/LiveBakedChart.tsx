import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { formatCount } from '../lib/format';
import type { ChartContext } from './ChartContext';
import type { LiveBakeProps } from './ChartSpec';
import { TIP_SLOT, type BakedTip, type ChartTip } from './ChartTip';
import { CHART_KEYS } from './chartKeys';
import { ChartTooltipBox } from './ChartTooltipBox';
import { TipAnnouncement } from './TipAnnouncement';
import { waffleStep } from './waffleStep';
import './LiveBakedChart.css';

/** The tooltip's distance from its mark. */
const OFFSET = 12;

/** The marks of the drawing shown: bars in a row, or squares in a grid of `columns`. */
interface Marks {
  count: number;
  /** 0 for bars (← → only); a grid's columns for squares (↑ ↓ a row, Page keys a tenth). */
  columns: number;
  kind: 'bar' | 'square';
  /** Mark `i`'s box on screen. */
  rect: (i: number) => DOMRect;
}

/** The drawing CSS shows for the box's width and the chosen currency; `likely` is tried first. */
function shownDrawing(box: HTMLElement, likely?: SVGSVGElement): SVGSVGElement | undefined {
  const shown = (svg: SVGSVGElement) => svg.getBoundingClientRect().width > 0;
  if (likely && box.contains(likely) && shown(likely)) return likely;
  return [...box.querySelectorAll<SVGSVGElement>('svg.chart-baked-svg')].find(shown);
}

/**
 * Each drawing's marks, read once: a drawing never changes, only its size on screen, so a key
 * step need not parse the drones' path of 537 squares again (it was most of a step's work).
 */
const marksOf = new WeakMap<SVGSVGElement, Marks | null>();

/** The marks of a drawing, their boxes read from it as shown at the moment of use. */
function marksIn(svg: SVGSVGElement): Marks | null {
  const known = marksOf.get(svg);
  if (known !== undefined) return known;
  const marks = readMarks(svg);
  marksOf.set(svg, marks);
  return marks;
}

function readMarks(svg: SVGSVGElement): Marks | null {
  const bars = [...svg.querySelectorAll('.recharts-bar-rectangle')];
  if (bars.length > 0) {
    return {
      count: bars.length,
      columns: 0,
      kind: 'bar',
      rect: (i) => bars[i]?.getBoundingClientRect() ?? new DOMRect(),
    };
  }
  // The drones: one path of squares (waffleLayout), "M x y h s v s h -s z" each. Where each
  // square starts is found at once; its numbers are read when it is used (reading all 537 took
  // 7 ms at 4× CPU, in the task that makes the chart live).
  const d = svg.querySelector('path.waffle-squares')?.getAttribute('d') ?? '';
  const starts: number[] = [];
  for (let at = d.indexOf('M'); at !== -1; at = d.indexOf('M', at + 1)) starts.push(at);
  const square = (i: number): [x: number, y: number, side: number] | undefined => {
    const from = starts[i];
    if (from === undefined) return undefined;
    const [x = 0, y = 0, side = 0] = d
      .slice(from + 1, d.indexOf('v', from))
      .split(/[ h]/)
      .map(Number);
    return [x, y, side];
  };
  const top = square(0)?.[1];
  if (top === undefined) return null;
  // The first row's squares share its top.
  let columns = 1;
  while (columns < starts.length && square(columns)?.[1] === top) columns++;
  return {
    count: starts.length,
    columns,
    kind: 'square',
    rect: (i) => {
      const matrix = svg.getScreenCTM();
      const [x, y, s] = square(i) ?? [0, 0, 0];
      if (!matrix) return new DOMRect();
      const a = new DOMPoint(x, y).matrixTransform(matrix);
      const b = new DOMPoint(x + s, y + s).matrixTransform(matrix);
      return new DOMRect(a.x, a.y, b.x - a.x, b.y - a.y);
    },
  };
}

/** Mark `i`'s tooltip: its own, or the one for every mark with its number written in. */
function tipFor(tips: BakedTip[], i: number, ctx: ChartContext): ChartTip | undefined {
  const own = tips.find(({ mark }) => mark === String(i))?.tip;
  if (own) return own;
  const every = tips.find(({ mark }) => mark === '*')?.tip;
  if (!every) return undefined;
  const n = formatCount(i + 1, ctx.lang);
  return {
    title: every.title.replaceAll(TIP_SLOT, n),
    lines: every.lines.map((line) => ({ ...line, text: line.text.replaceAll(TIP_SLOT, n) })),
  };
}

/**
 * A chart's baked drawing, made live: the build drew it with Recharts, and the page shows that
 * drawing at every width and currency (CSS picks), so the reader's browser need not draw it a
 * second time. Going live costs a layer over the drawing, not a chart: mounting the Recharts bar
 * chart here took ≈ 0.65 s of main-thread work at 4× CPU (its 400 KB chunk run, then its layout
 * passes), and the drones' 537 Recharts squares ≈ 1.6 s. It keeps what readers use of a live
 * chart: one keyboard stop named by the title and described by the summary; focus shows the first
 * mark, ← → the next, on the drones ↑ ↓ a row and PageUp/PageDown a tenth (waffleStep),
 * Home/End the ends, Esc hides; a highlight on the mark and its tooltip beside it, said through a
 * live region. A key step moves one highlight and one tooltip. The pointer's tooltips are the
 * boot script's, as before the app (src/boot/tipBeforeApp.ts). The charts themselves (Recharts,
 * DronesChart) draw where no drawing is: slides, the offline file, the dev server.
 */
export default function LiveBakedChart({ spec, ctx, describedBy }: LiveBakeProps) {
  const ref = useRef<HTMLDivElement>(null);
  const highlightRef = useRef<HTMLDivElement>(null);
  const tipRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<number | null>(null);
  const last = useRef<number | null>(null);
  /** The drawing the last step was shown on: a key tries it first. */
  const drawn = useRef<SVGSVGElement | undefined>(undefined);
  const tips = useMemo(() => spec.tips?.(ctx) ?? [], [spec, ctx]);
  const tip = active === null ? undefined : tipFor(tips, active, ctx);

  /** The chart's box, which holds the drawing this lies over. */
  const box = () => ref.current?.parentElement ?? null;

  /** The marks of the drawing shown now (another one after a resize or a currency switch). */
  function shownMarks(): Marks | null {
    const drawing = box();
    const svg = drawing ? shownDrawing(drawing, drawn.current) : undefined;
    drawn.current = svg;
    return svg ? marksIn(svg) : null;
  }

  function choose(i: number) {
    last.current = i;
    setActive(i);
  }

  // The highlight on the mark, and the tooltip beside it on the side with room, placed from the
  // drawing as shown: once per key.
  useLayoutEffect(() => {
    const root = ref.current;
    const highlight = highlightRef.current;
    const tipBox = tipRef.current;
    if (!root || !highlight || !tipBox || active === null) return;
    const marks = shownMarks();
    if (!marks) return;
    const frame = root.getBoundingClientRect();
    // An outline round a bar, an ink square on a drone (LiveBakedChart.css).
    highlight.dataset.mark = marks.kind;
    const r = marks.rect(active);
    const [x, y] = [r.left - frame.left, r.top - frame.top];
    Object.assign(highlight.style, {
      transform: `translate(${x}px, ${y}px)`,
      width: `${r.width}px`,
      height: `${r.height}px`,
    });
    // Beside the mark where there is room, else above or below it: never over it.
    const { offsetWidth: w, offsetHeight: h } = tipBox;
    const clamp = (n: number, max: number) => Math.min(Math.max(0, n), Math.max(0, max));
    let left = clamp(x + r.width / 2 - w / 2, frame.width - w);
    let top = y + r.height + OFFSET + h <= frame.height ? y + r.height + OFFSET : y - OFFSET - h;
    if (x + r.width + OFFSET + w <= frame.width) [left, top] = [x + r.width + OFFSET, y];
    else if (x - OFFSET - w >= 0) [left, top] = [x - OFFSET - w, y];
    top = clamp(top, frame.height - h);
    tipBox.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  });

  // The layer names and describes the chart: the drawing under it is a picture only, from the
  // same commit (a passive effect left both to be read for a moment).
  useLayoutEffect(() => {
    const bakes = box()?.querySelector('.chart-bakes');
    bakes?.setAttribute('aria-hidden', 'true');
    return () => bakes?.removeAttribute('aria-hidden');
  }, []);

  // The pointer has its own tooltips over the drawing (the boot script's): a keyboard one steps
  // aside when it moves. Heard on the box, since this layer lets the pointer through.
  useEffect(() => {
    const drawing = box();
    if (!drawing || active === null) return;
    const hide = () => setActive(null);
    drawing.addEventListener('pointermove', hide);
    return () => drawing.removeEventListener('pointermove', hide);
  }, [active]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Escape') {
      setActive(null);
      return;
    }
    const marks = shownMarks();
    const count = marks?.count ?? 0;
    const at = last.current;
    let next: number | undefined;
    if (marks && marks.columns > 0) next = waffleStep(event.key, at, count, marks.columns);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = count - 1;
    else if (event.key === 'ArrowRight') next = at === null ? 0 : Math.min(count - 1, at + 1);
    else if (event.key === 'ArrowLeft') next = at === null ? count - 1 : Math.max(0, at - 1);
    if (next === undefined && !CHART_KEYS.has(event.key)) return;
    event.preventDefault();
    if (next !== undefined && next >= 0) choose(next);
  }

  return (
    <>
      {/* An application, as Recharts' chart surface is: the one stop that takes the arrow keys
          (jsx-a11y counts the role as non-interactive, though it is a widget). It lies over the
          drawing, which stays as it is: moved into this layer, its SVGs would be parsed and laid
          out again. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <div
        ref={ref}
        className="baked-live"
        role="application"
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a widget (see above)
        tabIndex={0}
        aria-label={ctx.t(spec.titleKey)}
        aria-describedby={describedBy}
        onKeyDown={onKeyDown}
        onFocus={() => choose(last.current ?? 0)}
        onBlur={() => setActive(null)}
      >
        {tip && (
          // One thing for a screen reader: its name, its summary, and the live region below say
          // what the highlight and the tooltip show.
          <div aria-hidden="true">
            <div ref={highlightRef} className="chart-highlight" />
            <div ref={tipRef} className="baked-live-tip">
              <ChartTooltipBox tip={tip} />
            </div>
          </div>
        )}
      </div>
      <TipAnnouncement tip={tip} />
    </>
  );
}
