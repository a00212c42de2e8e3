/** What a chart's tooltip says over one mark: a bold title and a few lines, some muted. */
export interface ChartTip {
  title: string;
  lines: { text: string; muted?: boolean }[];
}

/** A mark's tooltip as the baked drawing carries it: which mark(s) it is for, and the words. */
export interface BakedTip {
  /** The mark's index in the drawing, or `*` for every mark (its number then fills TIP_SLOT). */
  mark: string;
  tip: ChartTip;
}

/** Where a tooltip written for every mark shows the mark's number ("Drone {n} of 537"). */
export const TIP_SLOT = '{n}';
