/**
 * The deck on a screen nobody attends: the offline file on 1080×1920 signage with `?autoplay=`,
 * driven by a fake clock through a day's worth of slides. It loops, keeps the screen awake, hides
 * the pointer, and its memory, page and timers stay as they were at the start.
 */
import { pathToFileURL } from 'node:url';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowserForOfflineFile, openPage } from './support/browser';
import { OFFLINE_FILE } from './support/paths';

const SLIDES = 16;
const PACE = 4;
/** A thousand slide changes and more, ending on the slide they start from: the page's size
 * differs from slide to slide (537 squares on one), so start and end are measured on the same. */
const CHANGES = Math.ceil(1000 / SLIDES) * SLIDES;
const WARM_UP = 16 * SLIDES;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowserForOfflineFile();
});

afterAll(async () => {
  await browser?.close();
});

/**
 * Counts the page's live timers and wake-lock requests, wrapping the (fake) clock's functions:
 * installed after the clock, so it sees the timers the page sets.
 */
function countTimers() {
  const live = new Set<unknown>();
  const w = window as unknown as Record<string, unknown> & typeof window;
  const { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci } = window;
  w.setTimeout = ((fn: TimerHandler, ms?: number, ...rest: unknown[]) => {
    const id = st(
      (...args: unknown[]) => {
        live.delete(id);
        if (typeof fn === 'function') (fn as (...a: unknown[]) => void)(...args);
      },
      ms,
      ...rest,
    );
    live.add(id);
    return id;
  }) as typeof setTimeout;
  w.clearTimeout = ((id?: number) => {
    live.delete(id);
    ct(id);
  }) as typeof clearTimeout;
  w.setInterval = ((fn: TimerHandler, ms?: number, ...rest: unknown[]) => {
    const id = si(fn, ms, ...rest);
    live.add(id);
    return id;
  }) as typeof setInterval;
  w.clearInterval = ((id?: number) => {
    live.delete(id);
    ci(id);
  }) as typeof clearInterval;
  w.__liveTimers = () => live.size;
}

interface Vitals {
  heap: number;
  nodes: number;
  listeners: number;
  timers: number;
}

async function vitals(page: Page, cdp: CDPSession): Promise<Vitals> {
  // Twice: a first pass can leave what only a second frees (weak maps, finalizers).
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  return {
    heap: metric('JSHeapUsedSize'),
    nodes: metric('Nodes'),
    listeners: metric('JSEventListeners'),
    timers: await page.evaluate(() =>
      (window as unknown as { __liveTimers: () => number }).__liveTimers(),
    ),
  };
}

const slideOf = (page: Page) =>
  page.evaluate(() =>
    Number(
      /^Slide (\d+)/.exec(
        document.querySelector('main.deck section.slide-stage')?.getAttribute('aria-label') ?? '',
      )?.[1],
    ),
  );

/**
 * Lets the fake clock reach the next slide and says which slide is then drawn. React renders in a
 * task of its own (a MessageChannel, which the fake clock leaves real): a task queued after it
 * reads the slide it committed, in one round trip.
 */
async function nextSlide(page: Page): Promise<number> {
  await page.clock.runFor(PACE * 1000);
  return page.evaluate(
    () =>
      new Promise<number>((done) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const label =
            document.querySelector('main.deck section.slide-stage')?.getAttribute('aria-label') ??
            '';
          done(Number(/^Slide (\d+)/.exec(label)?.[1]));
        };
        channel.port2.postMessage(null);
      }),
  );
}

describe('the unattended loop, from the offline file on a portrait screen', () => {
  it(`loops through every slide for ${CHANGES} changes with the screen awake and memory flat`, async () => {
    const session = await openPage(browser, { width: 1080, height: 1920 });
    try {
      const { page, context } = session;
      await context.route(/^(https?|wss?):/, (route) => route.abort());
      await page.clock.install();
      await page.addInitScript(countTimers);
      await page.addInitScript(() => {
        const w = window as unknown as { __wakeLocks: string[] };
        w.__wakeLocks = [];
        const request = navigator.wakeLock?.request.bind(navigator.wakeLock);
        if (!request) return;
        navigator.wakeLock.request = (type) => {
          w.__wakeLocks.push(type ?? 'screen');
          return request(type);
        };
      });
      await page.goto(`${pathToFileURL(OFFLINE_FILE).href}?autoplay=${PACE}#/present/`);
      await page.locator('main.deck section.slide-stage[data-shape="portrait"]').waitFor();
      expect(await slideOf(page)).toBe(1);
      expect(await page.getByText(`Next in ${PACE} s`).count()).toBe(1);

      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      // Sixteen laps first, so every slide's code and drawings are in and V8 has compiled what runs
      // hot (the heap grows by about a quarter over the first laps, then by under 1 % a lap).
      let n = 1;
      for (let i = 0; i < WARM_UP; i++) {
        n = (n % SLIDES) + 1;
        expect(await nextSlide(page)).toBe(n);
      }
      const start = await vitals(page, cdp);
      for (let i = 0; i < CHANGES; i++) {
        n = (n % SLIDES) + 1;
        expect(await nextSlide(page), `change ${i + 1}`).toBe(n);
      }
      const end = await vitals(page, cdp);
      expect(n).toBe(1);
      expect(end.heap / start.heap, `JS heap ${start.heap} → ${end.heap}`).toBeLessThan(1.1);
      expect(end.nodes / start.nodes, `DOM nodes ${start.nodes} → ${end.nodes}`).toBeLessThan(1.1);
      expect(end.listeners, `listeners ${start.listeners} → ${end.listeners}`).toBeLessThanOrEqual(
        start.listeners,
      );
      expect(end.timers, `timers ${start.timers} → ${end.timers}`).toBeLessThanOrEqual(
        start.timers,
      );
      const locks = await page.evaluate(
        () => (window as unknown as { __wakeLocks: string[] }).__wakeLocks,
      );
      expect(locks.length, 'wake lock asked for').toBeGreaterThanOrEqual(1);
      // The pointer is hidden, and the live region has said nothing to the empty room.
      expect(await page.locator('main.deck[data-pointer="hidden"]').count()).toBe(1);
      expect(await page.locator('[aria-live="polite"]').first().innerText()).toBe('');
      expect(session.errors, session.errors.join('\n')).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
