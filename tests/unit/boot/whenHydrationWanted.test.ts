import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  HYDRATE_WHEN_VISIBLE,
  WAKE_WHEN_IDLE_AFTER_MS,
  whenHydrationWanted,
} from '../../../src/boot/whenHydrationWanted';

/** A stand-in IntersectionObserver that the test triggers by hand. */
class FakeObserver {
  static last: FakeObserver | null = null;
  observed: Element[] = [];
  disconnected = false;
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeObserver.last = this;
  }
  observe(el: Element) {
    this.observed.push(el);
  }
  disconnect() {
    this.disconnected = true;
  }
  /** Reports the observed elements as (not) intersecting. */
  fire(isIntersecting: boolean) {
    const entries = this.observed.map((target) => ({ target, isIntersecting }));
    this.callback(entries as IntersectionObserverEntry[], this as unknown as IntersectionObserver);
  }
}

/** Whether the promise has settled after pending microtasks ran. */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((r) => setTimeout(r, 0));
  return done;
}

/** Lets the page's load (an already resolved promise by default) start the watching. */
const loadedTick = () => Promise.resolve();

beforeEach(() => {
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  document.body.innerHTML = `<div ${HYDRATE_WHEN_VISIBLE}></div><button>Go</button>`;
  window.history.replaceState(null, '', '/');
});

afterEach(() => {
  vi.unstubAllGlobals();
  FakeObserver.last = null;
});

describe('whenHydrationWanted', () => {
  it('waits while the reader only reads and no chart is near', async () => {
    const wanted = whenHydrationWanted();
    await loadedTick();
    FakeObserver.last?.fire(false);
    expect(await settled(wanted)).toBe(false);
  });

  it('wakes when a chart box nears the viewport, and stops observing', async () => {
    const wanted = whenHydrationWanted();
    await loadedTick();
    FakeObserver.last?.fire(true);
    expect(await settled(wanted)).toBe(true);
    expect(FakeObserver.last?.disconnected).toBe(true);
  });

  it.each(['pointerdown', 'keydown', 'focusin', 'touchstart'])('wakes on %s', async (type) => {
    const wanted = whenHydrationWanted();
    document.querySelector('button')?.dispatchEvent(new Event(type, { bubbles: true }));
    expect(await settled(wanted)).toBe(true);
  });

  it.each(['?currency=USD', '?currency= usd ', '?lang=xx', '?tab=table', '?theme=dark&tab=x'])(
    'wakes at once when the link asks for what only the app shows (%s)',
    async (search) => {
      window.history.replaceState(null, '', `/${search}`);
      expect(await settled(whenHydrationWanted())).toBe(true);
    },
  );

  it.each(['?theme=dark', '?transparent=1', '?currency=EUR', '?x'])(
    'waits on a link that only changes the look (%s): the boot script applies it',
    async (search) => {
      window.history.replaceState(null, '', `/${search}`);
      const wanted = whenHydrationWanted();
      await loadedTick();
      FakeObserver.last?.fire(false);
      expect(await settled(wanted)).toBe(false);
    },
  );

  describe('on an embed page (intent only)', () => {
    it('does not wake as its chart is in view, nor in a quiet moment', async () => {
      vi.useFakeTimers();
      vi.stubGlobal('requestIdleCallback', (work: () => void) => setTimeout(work, 0));
      try {
        let woken = false;
        void whenHydrationWanted(document, 'intent').then(() => (woken = true));
        await loadedTick();
        // Nothing watches the chart come into view: no observer is made.
        expect(FakeObserver.last).toBeNull();
        await vi.advanceTimersByTimeAsync(10 * WAKE_WHEN_IDLE_AFTER_MS);
        expect(woken).toBe(false);
      } finally {
        vi.useRealTimers();
      }
    });

    it.each(['pointerover', 'pointerdown', 'keydown', 'focusin', 'touchstart'])(
      'wakes on %s',
      async (type) => {
        const wanted = whenHydrationWanted(document, 'intent');
        document.querySelector('button')?.dispatchEvent(new Event(type, { bubbles: true }));
        expect(await settled(wanted)).toBe(true);
      },
    );
  });

  describe('before the page has loaded', () => {
    it('keeps a mouse that came over an embed, and wakes it at load, not before', async () => {
      let load = () => {};
      const loaded = new Promise<void>((resolve) => (load = resolve));
      const wanted = whenHydrationWanted(document, 'intent', loaded);
      document.querySelector('button')?.dispatchEvent(new Event('pointerover', { bubbles: true }));
      expect(await settled(wanted)).toBe(false);
      load();
      expect(await settled(wanted)).toBe(true);
    });

    it('watches for a chart coming into view only from load', async () => {
      let load = () => {};
      const loaded = new Promise<void>((resolve) => (load = resolve));
      const wanted = whenHydrationWanted(document, 'soon', loaded);
      await loadedTick();
      expect(FakeObserver.last).toBeNull();
      load();
      await loadedTick();
      FakeObserver.last?.fire(true);
      expect(await settled(wanted)).toBe(true);
    });
  });

  describe('in a quiet moment after load', () => {
    beforeEach(() => {
      vi.useFakeTimers();
      // jsdom has no idle callbacks: one that runs as soon as it is asked stands in.
      vi.stubGlobal('requestIdleCallback', (work: () => void) => setTimeout(work, 0));
      vi.stubGlobal('cancelIdleCallback', (id: number) => clearTimeout(id));
    });
    afterEach(() => {
      vi.useRealTimers();
      Reflect.deleteProperty(navigator, 'connection');
    });

    it('wakes a second after load, so the first tap finds the app ready', async () => {
      let woken = false;
      void whenHydrationWanted().then(() => (woken = true));
      await vi.advanceTimersByTimeAsync(WAKE_WHEN_IDLE_AFTER_MS - 100);
      expect(woken).toBe(false);
      await vi.advanceTimersByTimeAsync(200);
      expect(woken).toBe(true);
    });

    it('spares a reader who saves data until they use the page', async () => {
      Object.defineProperty(navigator, 'connection', {
        value: { saveData: true },
        configurable: true,
      });
      let woken = false;
      void whenHydrationWanted().then(() => (woken = true));
      await vi.advanceTimersByTimeAsync(10 * WAKE_WHEN_IDLE_AFTER_MS);
      expect(woken).toBe(false);
      document.querySelector('button')?.dispatchEvent(new Event('pointerdown', { bubbles: true }));
      await vi.advanceTimersByTimeAsync(0);
      expect(woken).toBe(true);
    });
  });

  it('waits for a URL with an empty query', async () => {
    window.history.replaceState(null, '', '/?');
    expect(await settled(whenHydrationWanted())).toBe(false);
  });

  it('wakes at once on a page with nothing to wait for (the 404 page)', async () => {
    document.body.innerHTML = '<main>Page not found</main>';
    expect(await settled(whenHydrationWanted())).toBe(true);
  });

  it('wakes at once where IntersectionObserver is missing', async () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    // `in` checks the property, so remove it rather than set it to undefined.
    const saved = Object.getOwnPropertyDescriptor(window, 'IntersectionObserver');
    Reflect.deleteProperty(window, 'IntersectionObserver');
    try {
      expect(await settled(whenHydrationWanted())).toBe(true);
    } finally {
      if (saved) Object.defineProperty(window, 'IntersectionObserver', saved);
    }
  });
});
