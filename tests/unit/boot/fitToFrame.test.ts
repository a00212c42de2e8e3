import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { domRect } from '../../../scripts/domRect';
import { fitToFrame } from '../../../src/boot/fitToFrame';

class FakeResizeObserver {
  static last: FakeResizeObserver | null = null;
  constructor(readonly callback: () => void) {
    FakeResizeObserver.last = this;
  }
  observe() {}
  disconnect() {}
}

/**
 * A frame `innerHeight` tall around content whose heights the test sets: natural, and folded
 * (`data-fit="folded"`). As in a browser, tight content takes the frame's height, so heights
 * heard while tight prove each was measured with its own fit.
 */
function frame(innerHeight: number) {
  const root = document.documentElement;
  const content = document.createElement('div');
  document.body.append(content);
  const state = { natural: 500, folded: 450, innerHeight };
  content.getBoundingClientRect = () => {
    const fit = root.dataset.fit;
    const height =
      fit === 'tight' ? state.innerHeight : fit === 'folded' ? state.folded : state.natural;
    return domRect(300, height);
  };
  const frames: FrameRequestCallback[] = [];
  const listeners = new Map<string, () => void>();
  const view = {
    document,
    get innerHeight() {
      return state.innerHeight;
    },
    requestAnimationFrame: (callback: FrameRequestCallback) => frames.push(callback),
    cancelAnimationFrame: () => undefined,
    addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
    removeEventListener: (type: string) => listeners.delete(type),
  } as unknown as Window;
  const nextFrame = () => frames.splice(0).forEach((callback) => callback(0));
  return { root, content, state, view, nextFrame, listeners };
}

beforeEach(() => vi.stubGlobal('ResizeObserver', FakeResizeObserver));
afterEach(() => {
  vi.unstubAllGlobals();
  delete document.documentElement.dataset.fit;
  document.body.replaceChildren();
});

describe('fitToFrame', () => {
  it('leaves a page that fits its frame as it is, and reports its height', () => {
    const { root, content, view } = frame(800);
    const heard: unknown[] = [];
    const stop = fitToFrame(content, view, (h) => heard.push(h));
    expect(heard).toEqual([{ natural: 500, folded: null }]);
    expect(root.dataset.fit).toBeUndefined();
    stop();
  });

  it('folds a page that folding fits into a shorter frame (description, actions)', () => {
    const { root, content, view } = frame(470);
    const heard: unknown[] = [];
    const stop = fitToFrame(content, view, (h) => heard.push(h));
    expect(root.dataset.fit).toBe('folded');
    expect(heard).toEqual([{ natural: 500, folded: 450 }]);
    stop();
  });

  it('fits a page to a frame too short even folded, and still reports the heights it needs', () => {
    const { root, content, state, view, nextFrame } = frame(400);
    const heard: unknown[] = [];
    const stop = fitToFrame(content, view, (h) => heard.push(h));
    expect(root.dataset.fit).toBe('tight');
    expect(heard).toEqual([{ natural: 500, folded: 450 }]);
    // Its content grows while tight (another tab): seen, though the page keeps the frame's size.
    state.natural = 620.4;
    state.folded = 570;
    content.append(document.createElement('p'));
    return Promise.resolve().then(() => {
      nextFrame();
      expect(heard.at(-1)).toEqual({ natural: 621, folded: 570 });
      expect(root.dataset.fit).toBe('tight');
      stop();
    });
  });

  it('lets go of the fit once the host grows the frame, measuring a frame later', () => {
    const { root, content, state, view, nextFrame, listeners } = frame(400);
    const heard: unknown[] = [];
    const stop = fitToFrame(content, view, (h) => heard.push(h));
    state.innerHeight = 500;
    listeners.get('resize')?.();
    // Not inside the observer's pass (a "ResizeObserver loop" error on the host's console).
    expect(root.dataset.fit).toBe('tight');
    nextFrame();
    expect(root.dataset.fit).toBeUndefined();
    // The natural height alone now (no fold needed); the same is not told twice.
    FakeResizeObserver.last?.callback();
    nextFrame();
    expect(heard).toEqual([
      { natural: 500, folded: 450 },
      { natural: 500, folded: null },
    ]);
    stop();
    expect(listeners.has('resize')).toBe(false);
  });
});
