import { useEffect, useState, type RefObject } from 'react';

/**
 * True once the element has come within `margin` of the viewport, or the browser has had a quiet
 * moment since mounting, and from then on. The chart code (Recharts, the bulk of the JavaScript)
 * is fetched first for the charts a reader scrolls to, so the main thread stays free; idle time
 * then fetches the rest, so a chart scrolled past quickly is drawn when the reader comes back.
 * Without IntersectionObserver (old browsers, jsdom) everything counts as in view.
 */
export function useInView(ref: RefObject<Element | null>, margin = '300px'): boolean {
  const [seen, setSeen] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (seen || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setSeen(true);
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    const idle =
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback(() => setSeen(true), { timeout: 5000 })
        : undefined;
    return () => {
      observer.disconnect();
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, [ref, margin, seen]);
  return seen;
}
