/** Messages shared with public/embed.js, the loader on the host page. */
export const EMBED_HEIGHT_MESSAGE = 'german-aid-embed:height';
export const EMBED_PING_MESSAGE = 'german-aid-embed:ping';

/**
 * Tells the page around an embed how tall its content is, on load and on every change, so the
 * loader can size the iframe with no inner scrollbar. Run by the boot script, so an embed is
 * sized before (and whether or not) the app is fetched. Only the height is sent (nothing
 * private), so any origin may read it; the loader checks that it comes from its own iframe.
 */
export function postEmbedHeight(el: HTMLElement, view: Window = window): () => void {
  if (view.parent === view) return () => {};
  let last = -1;
  const post = () => {
    const height = Math.ceil(el.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    view.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height }, '*');
  };
  // The loader may start after our first message (it loads async): it pings, we answer.
  const onMessage = (event: MessageEvent<unknown>) => {
    const data = event.data as { type?: unknown } | null;
    if (event.source !== view.parent || data?.type !== EMBED_PING_MESSAGE) return;
    last = -1;
    post();
  };
  const observer = new ResizeObserver(post);
  observer.observe(el);
  view.addEventListener('message', onMessage);
  post();
  return () => {
    observer.disconnect();
    view.removeEventListener('message', onMessage);
  };
}
