import { linkNeedsApp } from './linkedLook';

/** Any of these means a reader is about to use the page: wake React up. */
const INTENT_EVENTS = ['pointerdown', 'keydown', 'focusin', 'touchstart'] as const;
/**
 * An embed also wakes as a mouse comes over it: the publisher's reader has not touched it yet,
 * but the app is then on its way before the click, and its tooltip close behind.
 */
const EMBED_INTENT_EVENTS = [...INTENT_EVENTS, 'pointerover'] as const;

/**
 * `intent`: wake only on a reader's intent (embed pages, set by the prerender as #root's
 * `data-wake`). A publisher's page should not pay for our app until its reader uses the chart.
 */
export type WakePolicy = 'soon' | 'intent';

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
 * Resolves when the page needs React, and not before `loaded` (the page's load event): at once
 * when the link asks for what only the app shows (another language, a table tab), or when nothing
 * on the page can wait; otherwise on the first sign of use (a tap, a key, focus), when a chart
 * nears the viewport, or in the first quiet moment a second after load (so the first tap is
 * answered at once), unless the reader saves data. An embed page waits for its reader's intent
 * alone. Until then the prerendered page is complete and answers by itself (answerBeforeApp,
 * native controls, links), and a phone that only reads runs no application code at all.
 *
 * The signs of use are listened for from the start, not from load: a mouse that came over an
 * embed while its page was still loading has said what it wants, and will not come over it again.
 * Watching the charts and the clock begins at load.
 */
export function whenHydrationWanted(
  doc: Document = document,
  policy: WakePolicy = 'soon',
  loaded: Promise<void> = Promise.resolve(),
): Promise<void> {
  const view = doc.defaultView ?? window;
  const lazyBoxes = doc.querySelectorAll(`[${HYDRATE_WHEN_VISIBLE}]`);
  const soon = policy === 'soon';
  if (linkNeedsApp(view.location.search) || !('IntersectionObserver' in view)) return loaded;
  if (soon && lazyBoxes.length === 0) return loaded;
  const events = soon ? INTENT_EVENTS : EMBED_INTENT_EVENTS;
  const wanted = new Promise<void>((resolve) => {
    let woken = false;
    let observer: IntersectionObserver | null = null;
    let timer: number | undefined;
    let idle: number | undefined;
    function wake() {
      woken = true;
      observer?.disconnect();
      if (timer !== undefined) view.clearTimeout(timer);
      if (idle !== undefined) view.cancelIdleCallback(idle);
      for (const type of events) view.removeEventListener(type, wake, true);
      resolve();
    }
    for (const type of events) {
      view.addEventListener(type, wake, { capture: true, passive: true });
    }
    void loaded.then(() => {
      if (woken) return;
      // An embed page does not wake as its chart comes into view: no observer at all there.
      if (soon) {
        observer = new IntersectionObserver(
          (entries) => {
            if (entries.some((e) => e.isIntersecting)) wake();
          },
          { rootMargin: '300px' },
        );
        // Observe each box's section: the sections below the fold skip layout until near the
        // viewport (content-visibility), and watching an element inside one would force its
        // layout.
        const targets = new Set([...lazyBoxes].map((box) => box.closest('section') ?? box));
        targets.forEach((target) => observer?.observe(target));
      }
      if (soon && !savesData(view) && typeof view.requestIdleCallback === 'function') {
        timer = view.setTimeout(() => {
          idle = view.requestIdleCallback(wake, { timeout: 2000 });
        }, WAKE_WHEN_IDLE_AFTER_MS);
      }
    });
  });
  return Promise.all([loaded, wanted]).then(() => undefined);
}
