/**
 * Runs `work` in a task after the browser's next paint, and returns a function that cancels it:
 * for work a reader need not wait for, kept out of the frame that answers their tap. A frame
 * callback runs just before the paint; a task queued from it runs after.
 */
export function afterNextPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(work, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
