/**
 * Runs `work` in the browser's next quiet moment, or within `timeout` ms at the latest, and
 * returns a function that cancels it. Browsers without idle callbacks (Safari) run it after a
 * pause instead, once the page has settled.
 */
export function onIdle(work: () => void, timeout = 3000): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(work, 2000);
    return () => clearTimeout(timer);
  }
  const id = requestIdleCallback(work, { timeout });
  return () => cancelIdleCallback(id);
}
