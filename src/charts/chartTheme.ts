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
export const WAFFLE = { wideColumns: 30, narrowColumns: 20, narrowBelow: 500, gap: 0.18 } as const;

/**
 * The widths at which the build draws each chart ahead of any script (scripts/bakeCharts.tsx).
 * A page carries every drawing and CSS container queries show the widest that fits its box
 * (styles: `.bake.t0`–`.t6`, one tier per width below), so a chart is there at first paint at
 * any width from 320 to 1920 px. The drone waffle changes only at WAFFLE.narrowBelow, so two
 * drawings cover it.
 */
export const BAKE_TIERS = [0, 320, 400, 500, 640, 800, 940] as const;

/** The size of a slide's chart on the 1280×720 stage (SlideContent), drawn ahead too. */
export const SLIDE_CHART = { width: 1136, height: 370, fontScale: 1.7 } as const;

/**
 * The same on a portrait slide (720 wide, 1000–1280 tall: SlideStage): the width the text has, and
 * as tall as the slide's smallest height leaves under a three-line heading and subtitle.
 */
export const SLIDE_PORTRAIT_CHART = { width: 640, height: 540, fontScale: 1.5 } as const;
