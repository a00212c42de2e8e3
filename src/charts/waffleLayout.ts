import { WAFFLE } from './chartTheme';

/** The space kept round the squares, as the Recharts chart it replaced kept it. */
export const WAFFLE_MARGIN = 8;

export interface WaffleLayout {
  columns: number;
  rows: number;
  /** A square's side. */
  side: number;
  /** The top-left corner of square `i` (0-based), in the drawing's pixels. */
  corner: (i: number) => { x: number; y: number };
  /** Every square as one path: "M x y h s v s h -s z" each, as the boot script reads it. */
  path: string;
  /** The square whose cell holds the point, or null outside the grid or past the last one. */
  indexAt: (x: number, y: number) => number | null;
}

/** Fewer columns on phones keep each square large enough to see. */
function waffleColumns(width: number): number {
  return width < WAFFLE.narrowBelow ? WAFFLE.narrowColumns : WAFFLE.wideColumns;
}

/** Two decimals: a hundredth of a pixel is invisible, and 537 squares weigh a fifth as much. */
const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Where each of `count` squares goes in a `width` × `height` drawing: as many columns as the width
 * allows, rows top to bottom, each square centred in its cell and as large as the smaller of the
 * cell's sides allows, less the gap. The same geometry as the drawings baked before it.
 */
export function waffleLayout(count: number, width: number, height: number): WaffleLayout {
  const columns = waffleColumns(width);
  const rows = Math.max(1, Math.ceil(count / columns));
  const plotWidth = Math.max(0, width - 2 * WAFFLE_MARGIN);
  const plotHeight = Math.max(0, height - 2 * WAFFLE_MARGIN);
  const cellWidth = plotWidth / columns;
  const cellHeight = plotHeight / rows;
  const side = Math.min(cellWidth, cellHeight) * (1 - WAFFLE.gap);
  const corner = (i: number) => ({
    x: round(WAFFLE_MARGIN + ((i % columns) + 0.5) * cellWidth - side / 2),
    y: round(WAFFLE_MARGIN + (Math.floor(i / columns) + 0.5) * cellHeight - side / 2),
  });
  const s = round(side);
  let path = '';
  for (let i = 0; i < count; i++) {
    const { x, y } = corner(i);
    path += `M${x} ${y}h${s}v${s}h-${s}z`;
  }
  const indexAt = (x: number, y: number): number | null => {
    const col = Math.floor((x - WAFFLE_MARGIN) / cellWidth);
    const row = Math.floor((y - WAFFLE_MARGIN) / cellHeight);
    if (col < 0 || col >= columns || row < 0 || row >= rows) return null;
    const i = row * columns + col;
    return i < count ? i : null;
  };
  return { columns, rows, side: s, corner, path, indexAt };
}
