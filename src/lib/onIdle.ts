/**
 * Runs `work` in the browser's next quiet moment, or within `timeout` ms at the latest, and
 * returns a function that cancels it. Where there is no idle callback, it runs at once.
 */
export function onIdle(work: () => void, timeout = 3000): () => void {
  if (typeof requestIdleCallback !== 'function') {
    work();
    return () => undefined;
  }
  const id = requestIdleCallback(work, { timeout });
  return () => cancelIdleCallback(id);
}
