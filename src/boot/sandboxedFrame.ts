/**
 * In a frame sandboxed without `allow-same-origin` (WordPress frames every embed from a site it
 * does not know with `sandbox="allow-scripts"`), the page has an opaque origin: downloads,
 * new windows and top navigation are refused, each with an error on the console. Marks the page
 * (`<html data-sandboxed>`), so the embed hides its downloads and says where they are instead
 * (EmbedMenu.css). Where WordPress framed it (`secret`), a link meant for a new window is handed
 * to WordPress, which opens it in the reader's window as its own embeds do (`{ message: 'link' }`,
 * for addresses on the frame's own host); a link within the embed keeps the secret, so the next
 * page speaks to WordPress too.
 */
export function sandboxedFrame(view: Window, secret: string | null): () => void {
  if (view.parent === view || view.origin !== 'null') return () => {};
  const doc = view.document;
  doc.documentElement.dataset.sandboxed = '';
  if (!secret) return () => {};
  const onClick = (event: MouseEvent) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (event.defaultPrevented || !(link instanceof HTMLAnchorElement) || link.download) return;
    const url = new URL(link.href);
    if (link.target === '_blank' || link.target === '_top') {
      event.preventDefault();
      view.parent.postMessage({ message: 'link', value: url.href, secret }, '*');
    } else if (!link.target && url.origin === new URL(view.location.href).origin && !url.hash) {
      event.preventDefault();
      url.hash = `?secret=${secret}`;
      view.location.assign(url.href);
    }
  };
  doc.addEventListener('click', onClick);
  return () => doc.removeEventListener('click', onClick);
}
