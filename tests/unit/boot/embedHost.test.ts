import { describe, expect, it } from 'vitest';
import { EMBED_HEIGHT_MESSAGE, EMBED_PING_MESSAGE, embedHost } from '../../../src/boot/embedHost';

/** A window framed by a host page whose postMessage the test records. */
function framedWindow() {
  const sent: unknown[] = [];
  const parent = { postMessage: (data: unknown) => sent.push(data) };
  const view = Object.create(window, { parent: { value: parent } }) as Window;
  view.addEventListener = window.addEventListener.bind(window);
  view.removeEventListener = window.removeEventListener.bind(window);
  return { view, parent, sent };
}

const fromHost = (parent: unknown, data: unknown) =>
  window.dispatchEvent(new MessageEvent('message', { data, source: parent as never }));

describe('embedHost', () => {
  it('tells our loader each height, and answers its ping from the frame’s parent only', () => {
    const { view, parent, sent } = framedWindow();
    const host = embedHost(view, null);
    fromHost(parent, { type: EMBED_PING_MESSAGE });
    expect(sent).toEqual([]); // nothing measured yet: nothing to say
    host.postHeights({ natural: 613, folded: null });
    host.postHeights({ natural: 700, folded: null });
    expect(sent).toEqual([
      { type: EMBED_HEIGHT_MESSAGE, height: 613 },
      { type: EMBED_HEIGHT_MESSAGE, height: 700 },
    ]);
    fromHost(parent, { type: EMBED_PING_MESSAGE });
    expect(sent.at(-1)).toEqual({ type: EMBED_HEIGHT_MESSAGE, height: 700 });
    // A ping from anyone else is ignored, and so is WordPress's ready without a secret.
    window.dispatchEvent(new MessageEvent('message', { data: { type: EMBED_PING_MESSAGE } }));
    fromHost(parent, { message: 'ready', secret: 'abc' });
    expect(sent).toHaveLength(3);
    host.stop();
    fromHost(parent, { type: EMBED_PING_MESSAGE });
    expect(sent).toHaveLength(3);
  });

  it('speaks WordPress’s protocol too when WordPress framed it, with its secret', () => {
    const { view, parent, sent } = framedWindow();
    const host = embedHost(view, 'Wp7secretA');
    host.postHeights({ natural: 844, folded: null });
    expect(sent).toEqual([
      { type: EMBED_HEIGHT_MESSAGE, height: 844 },
      { message: 'height', value: 844, secret: 'Wp7secretA' },
    ]);
    // wp-embed says "ready" once its page is parsed (the frame may have spoken before): again.
    fromHost(parent, { message: 'ready', secret: 'Wp7secretA' });
    expect(sent.slice(2)).toEqual(sent.slice(0, 2));
    // Another embed's secret is not ours.
    fromHost(parent, { message: 'ready', secret: 'someoneElse' });
    expect(sent).toHaveLength(4);
    host.stop();
  });

  it('asks WordPress for the folded height where the page is taller than it allows', () => {
    const { view, sent } = framedWindow();
    const host = embedHost(view, 'Wp7secretA');
    // 1,057 px at 320 px wide; WordPress stops at 1,000: folded, the page needs 790.
    host.postHeights({ natural: 1057, folded: 790 });
    expect(sent).toEqual([
      { type: EMBED_HEIGHT_MESSAGE, height: 1057 },
      { message: 'height', value: 790, secret: 'Wp7secretA' },
    ]);
    // Within WordPress's limit, the page is whole: the natural height, folded or not.
    host.postHeights({ natural: 980, folded: 760 });
    expect(sent.at(-1)).toEqual({ message: 'height', value: 980, secret: 'Wp7secretA' });
    host.stop();
  });
});
