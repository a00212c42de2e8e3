/**
 * A box of the given size as getBoundingClientRect returns it, for DOMs that lay nothing out
 * (jsdom): the chart bake (scripts/bakeCharts.tsx) and the component tests (tests/setup.ts).
 */
export function domRect(width: number, height: number): DOMRect {
  return {
    x: 0,
    y: 0,
    top: 0,
    left: 0,
    right: width,
    bottom: height,
    width,
    height,
    toJSON: () => ({}),
  };
}
