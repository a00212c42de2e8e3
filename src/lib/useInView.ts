import { useEffect, useState, type RefObject } from 'react';

/**
 * True once the element has come within `margin` of the viewport, or the browser has had a quiet
 * moment since mounting, and from then on. The chart code (Recharts, the bulk of the JavaScript)
 * is fetched first for the charts a reader scrolls to, so the main thread stays free; idle time
 * then fetches the rest, so a chart scrolled past quickly is drawn when the reader comes back.
 * Without IntersectionObserver (old browsers, jsdom) everything counts as in view.
 *
 * `orIdle` false: only once in view (and never without IntersectionObserver, nor on the server),
 * for work that should cost nothing while the element is off the screen: the browser skips
 * rendering such sections (content-visibility), and would do it in the frame that brings them in.
 */
export function useInView(
  ref: RefObject<Element | null>,
  margin = '300px',
  orIdle = true,
): boolean {
  const [seen, setSeen] = useState(() => orIdle && typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (seen || !element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setSeen(true);
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    const idle =
      orIdle && typeof requestIdleCallback === 'function'
        ? requestIdleCallback(() => setSeen(true), { timeout: 5000 })
        : undefined;
    return () => {
      observer.disconnect();
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, [ref, margin, orIdle, seen]);
  return seen;
}
