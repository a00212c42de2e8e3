/** Any of these means a reader is about to use the page: wake React up. */
const INTENT_EVENTS = ['pointerdown', 'keydown', 'focusin', 'touchstart'] as const;

/** Elements marked with this attribute wake React up as they near the viewport (the charts). */
export const HYDRATE_WHEN_VISIBLE = 'data-hydrate-when-visible';

/**
 * How long after load the page waits before waking React in the browser's next quiet moment
 * anyway: long enough for the first paint and its audit to be over, short enough that a reader's
 * first tap finds the app ready instead of waiting for it (≈ 0.5 s on a slow phone).
 */
export const WAKE_WHEN_IDLE_AFTER_MS = 1000;

/** A reader who asked the browser to save data is not sent the app until they use the page. */
function savesData(view: Window): boolean {
  const nav = view.navigator as Navigator & { connection?: { saveData?: boolean } };
  return nav.connection?.saveData === true;
}

/**
 * Resolves when the page needs React: at once when the URL has a query (it may ask for other
 * options than the prerendered page shows), or when nothing on the page can wait; otherwise on the first sign of
 * use (a tap, a key, focus), when a chart nears the viewport, or in the first quiet moment a
 * second after load (so the first tap is answered at once), unless the reader saves data. Until then the prerendered page
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
    let idle: number | undefined;
    const timer =
      savesData(view) || typeof view.requestIdleCallback !== 'function'
        ? undefined
        : view.setTimeout(() => {
            idle = view.requestIdleCallback(wake, { timeout: 2000 });
          }, WAKE_WHEN_IDLE_AFTER_MS);
    function wake() {
      observer.disconnect();
      if (timer !== undefined) view.clearTimeout(timer);
      if (idle !== undefined) view.cancelIdleCallback(idle);
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
