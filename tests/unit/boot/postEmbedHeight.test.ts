import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  EMBED_HEIGHT_MESSAGE,
  EMBED_PING_MESSAGE,
  postEmbedHeight,
} from '../../../src/boot/postEmbedHeight';

/** A window framed by a host page whose postMessage the test records. */
function framedWindow() {
  const sent: unknown[] = [];
  const parent = { postMessage: (data: unknown) => sent.push(data) };
  const view = Object.create(window, { parent: { value: parent } }) as Window;
  view.addEventListener = window.addEventListener.bind(window);
  view.removeEventListener = window.removeEventListener.bind(window);
  return { view, parent, sent };
}

class FakeResizeObserver {
  static last: FakeResizeObserver | null = null;
  constructor(readonly callback: () => void) {
    FakeResizeObserver.last = this;
  }
  observe() {}
  disconnect() {}
}

afterEach(() => vi.unstubAllGlobals());

describe('postEmbedHeight', () => {
  it('sends the content height on start, on each change and when the loader pings', () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    const el = document.createElement('div');
    let height = 612.2;
    el.getBoundingClientRect = () => ({ height }) as DOMRect;
    const { view, parent, sent } = framedWindow();
    const stop = postEmbedHeight(el, view);
    expect(sent).toEqual([{ type: EMBED_HEIGHT_MESSAGE, height: 613 }]);
    FakeResizeObserver.last?.callback();
    expect(sent).toHaveLength(1); // unchanged: nothing sent
    height = 700;
    FakeResizeObserver.last?.callback();
    expect(sent.at(-1)).toEqual({ type: EMBED_HEIGHT_MESSAGE, height: 700 });
    window.dispatchEvent(
      new MessageEvent('message', { data: { type: EMBED_PING_MESSAGE }, source: parent as never }),
    );
    expect(sent).toHaveLength(3);
    // A ping from anyone else is ignored.
    window.dispatchEvent(new MessageEvent('message', { data: { type: EMBED_PING_MESSAGE } }));
    expect(sent).toHaveLength(3);
    stop();
  });

  it('does nothing on a page that is not framed', () => {
    const spy = vi.spyOn(window, 'postMessage');
    postEmbedHeight(document.body);
    expect(spy).not.toHaveBeenCalled();
  });
});
