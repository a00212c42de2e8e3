import type { Heights } from './fitToFrame';

/** Messages shared with public/embed.js, our loader on the host page. */
export const EMBED_HEIGHT_MESSAGE = 'german-aid-embed:height';
export const EMBED_PING_MESSAGE = 'german-aid-embed:ping';
/** WordPress's wp-embed never makes a frame taller than this (nor shorter than 200 px). */
export const WORDPRESS_MAX_HEIGHT = 1000;

export interface EmbedHost {
  /** Tells the host the page's heights now, and again whenever asked. */
  postHeights: (heights: Heights) => void;
  stop: () => void;
}

/**
 * Speaks to whatever frames the embed, in the two protocols a host may use: our loader
 * (`{ type, height }`, public/embed.js), which is told the natural height and grows the frame to
 * it; and WordPress's `wp-embed` (`{ message: 'height', value, secret }`, with the secret
 * WordPress put in the frame's address), which stops at 1,000 px: a page taller than that asks
 * for its folded height instead, so the frame holds it with no empty band. Either host may start
 * after our first message (a loader loads async; WordPress says `ready` once its page is parsed):
 * each asks, and the heights are sent again. Only heights are sent (nothing private), so any
 * origin may read them; the host checks that they come from its own frame.
 */
export function embedHost(view: Window, secret: string | null): EmbedHost {
  let heights: Heights | null = null;
  const send = () => {
    if (!heights) return;
    const { natural, folded } = heights;
    view.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height: natural }, '*');
    if (!secret) return;
    const value = natural > WORDPRESS_MAX_HEIGHT && folded !== null ? folded : natural;
    view.parent.postMessage({ message: 'height', value, secret }, '*');
  };
  const onMessage = (event: MessageEvent<unknown>) => {
    if (event.source !== view.parent) return;
    const data = event.data as { type?: unknown; message?: unknown; secret?: unknown } | null;
    const ours = data?.type === EMBED_PING_MESSAGE;
    const wordPress = secret !== null && data?.message === 'ready' && data.secret === secret;
    if (ours || wordPress) send();
  };
  view.addEventListener('message', onMessage);
  return {
    postHeights(next) {
      heights = next;
      send();
    },
    stop: () => view.removeEventListener('message', onMessage),
  };
}
