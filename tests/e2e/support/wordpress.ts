/**
 * WordPress as it treats an oEmbed from a site outside its trusted list, written from its
 * documented rules (`wp_filter_oembed_result` and `wp-embed.js` in WordPress core, 4.4 to 6.x),
 * so the tests can paste our oEmbed `html` where a WordPress post would put it:
 *
 * 1. kses keeps only `<a href>`, `<blockquote>` and `<iframe>` with src, width, height,
 *    frameborder, marginwidth, marginheight, scrolling and title; every other tag goes (its text
 *    stays), and so do all other attributes (`style`, `class`, `data-*`, `loading`, `allow`).
 * 2. Of what is left it keeps one `<blockquote>…</blockquote>` (only if the html begins with it)
 *    and the first `<iframe …></iframe>`: the rest is dropped.
 * 3. A 10-letter secret goes on the frame's address (`#?secret=`) and on both elements
 *    (`data-secret`). With a blockquote, the frame is hidden (clipped) until it speaks, the
 *    blockquote shown instead. The frame gets `sandbox="allow-scripts"` (an opaque origin) and
 *    `security="restricted"`.
 * 4. The page's `wp-embed` script (WP_EMBED_SCRIPT below) says `ready` to each frame; a frame
 *    that posts `{ message: 'height', value, secret }` from its own window is shown, its
 *    blockquote hidden and its height set to the value clamped to 200–1000 px; `{ message:
 *    'link', value }` for an address on the frame's host navigates the top window, if the frame
 *    has focus.
 */
import { JSDOM } from 'jsdom';

const ALLOWED: Record<string, readonly string[]> = {
  a: ['href'],
  blockquote: [],
  iframe: [
    'src',
    'width',
    'height',
    'frameborder',
    'marginwidth',
    'marginheight',
    'scrolling',
    'title',
  ],
};

/** Step 1: every element not allowed is unwrapped, every attribute not allowed removed. */
function kses(html: string): string {
  const { document } = new JSDOM('').window;
  const box = document.createElement('div');
  box.innerHTML = html;
  for (const el of [...box.querySelectorAll('*')].reverse()) {
    const allowed = ALLOWED[el.localName];
    if (!allowed) {
      el.replaceWith(...el.childNodes);
      continue;
    }
    for (const { name } of [...el.attributes]) {
      if (!allowed.includes(name)) el.removeAttribute(name);
    }
  }
  return box.innerHTML;
}

/** What WordPress puts in a post for our oEmbed `html`, with the given secret. */
export function wordPressFilter(html: string, secret = 'Wp7secretA'): string {
  const kept = kses(html);
  const match = /(<blockquote>.*?<\/blockquote>)?.*(<iframe.*?><\/iframe>)/s.exec(kept);
  if (!match?.[2]) throw new Error(`WordPress would embed nothing: no iframe in ${html}`);
  const blockquote = match[1] ?? '';
  let out = (blockquote + match[2])
    .replace(/ src="([^"]*)"/, ` src="$1#?secret=${secret}" data-secret="${secret}"`)
    .replace('<blockquote', `<blockquote data-secret="${secret}"`);
  if (blockquote) {
    out = out
      .replace('<iframe', '<iframe style="position: absolute; clip: rect(1px, 1px, 1px, 1px);"')
      .replace('<blockquote', '<blockquote class="wp-embedded-content"');
  }
  return out.replace(
    '<iframe',
    '<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"',
  );
}

/** The host side of the protocol, as `wp-embed.js` does it (see step 4). Plain ES5. */
export const WP_EMBED_SCRIPT = `
(function () {
  window.addEventListener('message', function (e) {
    var data = e.data;
    if (!data || !(data.secret || data.message || data.value) || /[^a-zA-Z0-9]/.test(data.secret)) return;
    var quotes = document.querySelectorAll('blockquote[data-secret="' + data.secret + '"]');
    for (var i = 0; i < quotes.length; i++) quotes[i].style.display = 'none';
    var frames = document.querySelectorAll('iframe[data-secret="' + data.secret + '"]');
    for (var j = 0; j < frames.length; j++) {
      var frame = frames[j];
      if (e.source !== frame.contentWindow) continue;
      frame.removeAttribute('style');
      if (data.message === 'height') {
        var height = parseInt(data.value, 10);
        frame.height = height > 1000 ? 1000 : ~~height < 200 ? 200 : height;
      } else if (data.message === 'link') {
        var target = new URL(data.value);
        if (/^https?:$/.test(target.protocol) && target.host === new URL(frame.getAttribute('src')).host && document.activeElement === frame) {
          window.top.location.href = data.value;
        }
      }
    }
  });
  document.addEventListener('DOMContentLoaded', function () {
    var frames = document.querySelectorAll('iframe.wp-embedded-content');
    for (var i = 0; i < frames.length; i++) {
      frames[i].contentWindow.postMessage({ message: 'ready', secret: frames[i].getAttribute('data-secret') }, '*');
    }
  });
})();
`;
