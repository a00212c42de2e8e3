/** How far PageUp and PageDown move through the squares: a tenth of them, in whole rows. */
function pageRows(count: number, columns: number): number {
  return Math.max(1, Math.round(count / columns / 10));
}

/**
 * The square a key moves to on a focused waffle of `count` squares in `columns` columns, from
 * `at` (null when none is chosen yet); undefined for keys the chart does not answer.
 * ← → one square, ↑ ↓ one row, PageUp/PageDown a tenth of the rows, Home/End the ends; from
 * none chosen, → ↓ PageDown start at the first and ← ↑ PageUp at the last, as Recharts' arrows
 * do. At an edge a key stays put (clamped to the ends), never wraps.
 */
export function waffleStep(
  key: string,
  at: number | null,
  count: number,
  columns: number,
): number | undefined {
  const last = count - 1;
  if (count <= 0) return undefined;
  const clamp = (i: number) => Math.min(last, Math.max(0, i));
  const page = pageRows(count, columns) * columns;
  const moves: Record<string, number> = {
    ArrowRight: 1,
    ArrowLeft: -1,
    ArrowDown: columns,
    ArrowUp: -columns,
    PageDown: page,
    PageUp: -page,
  };
  if (key === 'Home') return 0;
  if (key === 'End') return last;
  const move = moves[key];
  if (move === undefined) return undefined;
  if (at === null) return move > 0 ? 0 : last;
  // A row down past the short last row stops at its last square.
  return clamp(at + move);
}
