/**
 * Colours and sizes for every chart. Colours are CSS variables (set per theme in
 * styles/tokens.css) from the Okabe–Ito palette, which stays distinct for colour-blind readers.
 */
export const CHART_COLORS = {
  provided: 'var(--chart-provided)',
  authorised: 'var(--chart-authorised)',
  drones: 'var(--chart-drones)',
  ink: 'var(--ink)',
  muted: 'var(--ink-muted)',
  grid: 'var(--grid)',
  cursor: 'var(--cursor)',
} as const;

/** Every chart box has a fixed height so nothing shifts when the chart code arrives after paint. */
export const CHART_HEIGHT = 340;

/** A width for jsdom and the first layout pass, before ResizeObserver reports the real one. */
export const INITIAL_WIDTH = 640;

export const FONT_SIZE = { tick: 14, label: 16 } as const;

/** The drone waffle: fewer columns on phones keep each square large enough to see. */
export const WAFFLE = { wideColumns: 30, narrowColumns: 20, narrowBelow: 480, gap: 0.18 } as const;
