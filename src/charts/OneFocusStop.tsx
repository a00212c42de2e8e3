import { useCallback, useEffect, useRef, useState, type ReactElement } from 'react';

/** Recharts' z-index layers: one `<g>` per layer, each a React portal target. */
const LAYERS = 'g[class*="recharts-zIndex-layer"]';
/** A chart's data marks: drawn once Recharts knows its data, so the arrows have points to go to. */
const MARKS = '.recharts-bar-rectangle, .recharts-scatter-symbol';
/**
 * Keys a focused chart keeps for itself: the page does not scroll on them, and the deck leaves
 * every key aimed at a chart alone (useDeck).
 */
const CHART_KEYS = new Set(['Home', 'End', 'PageUp', 'PageDown', 'ArrowUp', 'ArrowDown', ' ']);

/**
 * Makes a live chart one stop for the keyboard and one thing for a screen reader: its surface.
 *
 * - Recharts renders its layers into `<g>` portal targets; React listens for focus events on a
 *   portal's container, and Chromium makes an SVG element with focus listeners focusable, so Tab
 *   stopped on up to five unnamed groups (one 0×0 px) after each chart (recharts#6687, #7799,
 *   #7805). Each layer gets `tabindex="-1"` (out of the Tab order), and a click that focuses one
 *   hands focus to the surface.
 * - The layers are marked aria-hidden: the surface's name, its description (the chart's summary)
 *   and the tooltip's live region say what the marks show; the raw axis text and 537 unnamed
 *   squares are noise.
 * - Home and End go to the first and last point (Recharts answers the arrows only); the other
 *   keys a reader might press on a focused chart (PageUp/PageDown, Space, ↑/↓) neither scroll the
 *   page nor change a slide. Recharts moves one point per arrow, and each step costs a store
 *   update that every one of the drones' 537 marks hears: 537 steps to the end took 0.85 s. So
 *   the chart starts afresh instead (useOneFocusStop's key), with no point chosen, where Recharts
 *   itself goes to the first point on focus and to the last on ←.
 */
function OneFocusStop({ restart, onRestart }: { restart: Restart | null; onRestart: Restarter }) {
  const ref = useRef<HTMLSpanElement>(null);
  // The fresh chart draws over a commit or two: once its marks are in, pick its end and give it
  // focus back.
  useEffect(() => {
    const box = ref.current?.parentElement;
    if (!restart || !box) return;
    const settle = () => {
      const chart = box.querySelector<SVGSVGElement>('svg.recharts-surface');
      if (!chart?.querySelector(MARKS)) return false;
      if (restart.at === 'last') {
        chart.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
      }
      chart.focus({ preventScroll: true });
      return true;
    };
    if (settle()) return;
    const observer = new MutationObserver(() => {
      if (settle()) observer.disconnect();
    });
    observer.observe(box, { subtree: true, childList: true });
    return () => observer.disconnect();
  }, [restart]);
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
      if (event.key === 'Home') onRestart('first');
      if (event.key === 'End') onRestart('last');
    };
    box.addEventListener('focusin', onFocusIn);
    box.addEventListener('keydown', onKeyDown);
    return () => {
      observer.disconnect();
      box.removeEventListener('focusin', onFocusIn);
      box.removeEventListener('keydown', onKeyDown);
    };
  }, [onRestart]);
  return <span ref={ref} hidden />;
}

interface Restart {
  /** Counts restarts: the chart's key. */
  n: number;
  at: 'first' | 'last';
}
type Restarter = (at: Restart['at']) => void;

/**
 * One focus stop for a live chart: put `chartKey` on the Recharts chart element (inside its
 * ResponsiveContainer, which keeps its measured size) and `focusStop` beside the container.
 */
export function useOneFocusStop(): { chartKey: number; focusStop: ReactElement } {
  const [restart, setRestart] = useState<Restart | null>(null);
  const onRestart = useCallback<Restarter>(
    (at) => setRestart((last) => ({ n: (last?.n ?? 0) + 1, at })),
    [],
  );
  return {
    chartKey: restart?.n ?? 0,
    focusStop: <OneFocusStop restart={restart} onRestart={onRestart} />,
  };
}
