/** Any of these means a reader is about to use the page: wake React up. */
const INTENT_EVENTS = ['pointerdown', 'keydown', 'focusin', 'touchstart'] as const;

/** Elements marked with this attribute wake React up as they near the viewport (the charts). */
export const HYDRATE_WHEN_VISIBLE = 'data-hydrate-when-visible';

/**
 * Resolves when the page needs React: at once when the URL has a query (it may ask for other
 * options than the prerendered page shows), or when nothing on the page can wait; otherwise on the first sign of
 * use (a tap, a key, focus) or when a chart nears the viewport. Until then the prerendered page
 * is complete and works as plain HTML (details, links), and a phone that only reads runs no
 * application code at all.
 */
export function whenHydrationWanted(doc: Document = document): Promise<void> {
  const view = doc.defaultView ?? window;
  const lazyBoxes = doc.querySelectorAll(`[${HYDRATE_WHEN_VISIBLE}]`);
  // Any query may ask for another view than the prerendered one (?currency=USD). Parsing it here
  // would pull the options code into the boot script's request, so any query wakes React at once.
  const urlMayWantChange = view.location.search.length > 1;
  if (urlMayWantChange || lazyBoxes.length === 0 || !('IntersectionObserver' in view)) {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) wake();
      },
      { rootMargin: '300px' },
    );
    function wake() {
      observer.disconnect();
      for (const type of INTENT_EVENTS) view.removeEventListener(type, wake, true);
      resolve();
    }
    // Observe each box's section: the sections below the fold skip layout until near the
    // viewport (content-visibility), and watching an element inside one would force its layout.
    const targets = new Set([...lazyBoxes].map((box) => box.closest('section') ?? box));
    targets.forEach((target) => observer.observe(target));
    for (const type of INTENT_EVENTS) {
      view.addEventListener(type, wake, { capture: true, passive: true });
    }
  });
}
