import { afterEach, describe, expect, it, vi } from 'vitest';
import { sandboxedFrame } from '../../../src/boot/sandboxedFrame';

/** A page framed by a host (whose messages are recorded), with an origin of `origin`. */
function framedWindow(origin: string) {
  const sent: unknown[] = [];
  const assign = vi.fn();
  const view = {
    parent: { postMessage: (data: unknown) => sent.push(data) },
    origin,
    document,
    location: { href: 'https://aid.example/embed/drones/#?secret=Wp7secretA', assign },
  } as unknown as Window;
  return { view, sent, assign };
}

function link(href: string, target = ''): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  if (target) a.target = target;
  a.textContent = 'link';
  document.body.append(a);
  return a;
}

/**
 * Clicks a link as a reader would; says whether the page kept the browser from following it.
 * (Then keeps jsdom from following it either way: it cannot navigate.)
 */
function clicked(a: HTMLAnchorElement): boolean {
  let prevented = false;
  document.addEventListener(
    'click',
    (event) => {
      prevented = event.defaultPrevented;
      event.preventDefault();
    },
    { once: true },
  );
  a.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
  return prevented;
}

afterEach(() => {
  delete document.documentElement.dataset.sandboxed;
  document.body.replaceChildren();
});

describe('sandboxedFrame', () => {
  it('marks a page in a sandbox without its own origin, and only such a page', () => {
    sandboxedFrame(framedWindow('https://aid.example').view, null)();
    expect(document.documentElement.dataset.sandboxed).toBeUndefined();
    const stop = sandboxedFrame(framedWindow('null').view, null);
    expect(document.documentElement.dataset.sandboxed).toBe('');
    stop();
  });

  it('in WordPress’s sandbox, hands a new-window link to WordPress instead of failing', () => {
    const { view, sent } = framedWindow('null');
    const stop = sandboxedFrame(view, 'Wp7secretA');
    expect(clicked(link('https://aid.example/#chart-drones', '_blank'))).toBe(true);
    expect(sent).toEqual([
      { message: 'link', value: 'https://aid.example/#chart-drones', secret: 'Wp7secretA' },
    ]);
    stop();
  });

  it('keeps the secret on a link within the embed (the language), so the next page speaks too', () => {
    const { view, sent, assign } = framedWindow('null');
    const stop = sandboxedFrame(view, 'Wp7secretA');
    expect(clicked(link('https://aid.example/de/embed/drones/'))).toBe(true);
    expect(assign).toHaveBeenCalledWith('https://aid.example/de/embed/drones/#?secret=Wp7secretA');
    expect(sent).toEqual([]);
    // A download, or a link elsewhere, is left to the browser.
    expect(clicked(link('https://other.example/'))).toBe(false);
    const download = link('https://aid.example/assets/dataset.json');
    download.download = 'dataset.json';
    expect(clicked(download)).toBe(false);
    stop();
  });

  it('without WordPress’s secret, leaves links alone', () => {
    const { view, sent } = framedWindow('null');
    const stop = sandboxedFrame(view, null);
    expect(clicked(link('https://aid.example/', '_blank'))).toBe(false);
    expect(sent).toEqual([]);
    stop();
  });
});
