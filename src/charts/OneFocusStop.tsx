import { useEffect, useRef } from 'react';
import { CHART_KEYS } from './chartKeys';

/** Recharts' z-index layers: one `<g>` per layer, each a React portal target. */
const LAYERS = 'g[class*="recharts-zIndex-layer"]';
/** A chart's data marks: as many as the arrows have points to go to. */
const MARKS = '.recharts-bar-rectangle';

/**
 * Makes a live Recharts chart one stop for the keyboard and one thing for a screen reader: its
 * surface. Rendered beside the chart's ResponsiveContainer.
 *
 * - Recharts renders its layers into `<g>` portal targets; React listens for focus events on a
 *   portal's container, and Chromium makes an SVG element with focus listeners focusable, so Tab
 *   stopped on up to five unnamed groups (one 0×0 px) after each chart (recharts#6687, #7799,
 *   #7805). Each layer gets `tabindex="-1"` (out of the Tab order), and a click that focuses one
 *   hands focus to the surface.
 * - The layers are marked aria-hidden: the surface's name, its description (the chart's summary)
 *   and the tooltip's live region say what the marks show; the raw axis text is noise.
 * - Home and End go to the first and last point: Recharts answers the arrows only, so they are
 *   that many arrows, answered in the same frame (a chart with few points: the money chart's two
 *   bars; it used to be drawn afresh, a whole Recharts mount, ≈ 0.3 s at 4× CPU). The other keys
 *   a reader might press on a focused chart (PageUp/PageDown, Space, ↑/↓) neither scroll the page
 *   nor change a slide.
 */
export function OneFocusStop() {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const box = ref.current?.parentElement;
    if (!box) return;
    const surface = () => box.querySelector<SVGSVGElement>('svg.recharts-surface');
    const quiet = () => {
      for (const layer of box.querySelectorAll(`${LAYERS}:not([tabindex])`)) {
        layer.setAttribute('tabindex', '-1');
        layer.setAttribute('aria-hidden', 'true');
      }
    };
    quiet();
    const observer = new MutationObserver(quiet);
    observer.observe(box, { subtree: true, childList: true });
    const onFocusIn = (event: FocusEvent) => {
      if (event.target instanceof Element && event.target.matches(LAYERS)) {
        surface()?.focus({ preventScroll: true });
      }
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const chart = surface();
      if (!chart || event.target !== chart || event.altKey || event.ctrlKey || event.metaKey)
        return;
      if (!CHART_KEYS.has(event.key)) return;
      event.preventDefault();
      if (event.key !== 'Home' && event.key !== 'End') return;
      const arrow = event.key === 'Home' ? 'ArrowLeft' : 'ArrowRight';
      // From any point (or none), as many steps as there are points reach the end; Recharts
      // stops there.
      for (let i = chart.querySelectorAll(MARKS).length; i > 0; i--) {
        chart.dispatchEvent(new KeyboardEvent('keydown', { key: arrow, bubbles: true }));
      }
    };
    box.addEventListener('focusin', onFocusIn);
    box.addEventListener('keydown', onKeyDown);
    return () => {
      observer.disconnect();
      box.removeEventListener('focusin', onFocusIn);
      box.removeEventListener('keydown', onKeyDown);
    };
  }, []);
  return <span ref={ref} hidden />;
}
