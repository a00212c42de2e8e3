import { embedHost } from './embedHost';
import { fitToFrame } from './fitToFrame';
import { sandboxedFrame } from './sandboxedFrame';
import { wordPressSecret } from './wordPressSecret';

/**
 * What a page does inside someone else's frame, from the boot script so it holds before (and
 * whether or not) the app is fetched: tells the host its height in our loader's and WordPress's
 * words, fits itself to a frame that stays shorter, and gives up what a sandbox refuses. Outside a
 * frame it does nothing.
 */
export function embedInFrame(content: HTMLElement, view: Window = window): () => void {
  if (view.parent === view) return () => {};
  const secret = wordPressSecret(view.location.hash);
  const host = embedHost(view, secret);
  const stopFit = fitToFrame(content, view, host.postHeights);
  const stopSandbox = sandboxedFrame(view, secret);
  return () => {
    stopFit();
    stopSandbox();
    host.stop();
  };
}
