/**
 * The prerendered page answers the reader before the app is here, and nothing the reader did
 * meanwhile is lost (src/boot/answerBeforeApp.ts). Embed pages cost a publisher's page almost no
 * script until its reader uses the chart (whenHydrationWanted's `intent` policy).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { WAKE_WHEN_IDLE_AFTER_MS } from '../../src/boot/whenHydrationWanted';
import { browserAndSiteForFile, openPage, STEP_TIMEOUT } from './support/browser';

const env = browserAndSiteForFile();
const url = (path: string) => new URL(path.replace(/^\//, ''), env.site.url).href;

/** The embed budget: script a publisher's page pays before its reader touches the chart. */
const EMBED_JS_BUDGET_BYTES = 30 * 1024;

/**
 * Holds the app's own request until `release` is called: the reader acts while it is on its way.
 * It is asked for a frame after the event that woke it (src/main.tsx): a test polls `asked`.
 */
async function holdApp(page: Page): Promise<{ release: () => void; asked: () => boolean }> {
  let release = () => {};
  let asked = false;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/client-[^/]*\.js$/, async (route) => {
    asked = true;
    await held;
    await route.continue();
  });
  return { release: () => release(), asked: () => asked };
}

/** Bytes of script the page has fetched so far, as sent (gzip). */
function scriptBytes(page: Page): Promise<{ files: string[]; bytes: number }> {
  return page.evaluate(() => {
    const scripts = performance
      .getEntriesByType('resource')
      .filter((e): e is PerformanceResourceTiming => /\.js(\?|$)/.test(e.name));
    return {
      files: scripts.map((e) => new URL(e.name).pathname),
      bytes: scripts.reduce((sum, e) => sum + e.transferSize, 0),
    };
  });
}

describe('an embed page on a publisher’s site', () => {
  it.each(['/embed/aid-totals/', '/de/embed/drones/', '/embed/timeline/?theme=dark'])(
    '%s fetches only the boot program until its reader uses it',
    async (path) => {
      const session = await openPage(env.browser, { width: 640, height: 700 });
      try {
        const { page } = session;
        await page.goto(url(path), { waitUntil: 'load' });
        // Past the moment a dashboard wakes in a quiet moment: an embed must not.
        await page.waitForTimeout(WAKE_WHEN_IDLE_AFTER_MS + 2000);
        const before = await scriptBytes(page);
        // The boot script, and its part for another site's frame (src/inFrame.ts), asked for
        // beside it: no app code.
        expect(before.files.map((f) => f.replace(/-[\w-]+\.js$/, '')).sort()).toEqual([
          '/assets/inFrame',
          '/assets/index',
        ]);
        expect(before.bytes).toBeLessThanOrEqual(EMBED_JS_BUDGET_BYTES);
        // The reader's first touch brings the app.
        await page.locator('figure, main').first().hover();
        await page.waitForFunction(
          () => 'awake' in (document.getElementById('root')?.dataset ?? {}),
        );
        expect(session.errors).toEqual([]);
      } finally {
        await session.close();
      }
    },
  );

  it('a forced theme shows before any app code', async () => {
    const session = await openPage(env.browser, { width: 640 });
    try {
      await session.page.goto(url('/embed/aid-totals/?theme=dark&transparent=1'));
      const look = await session.page.evaluate(() => ({
        theme: document.documentElement.dataset.theme,
        transparent: 'transparent' in document.documentElement.dataset,
        background: getComputedStyle(document.body).backgroundColor,
      }));
      expect(look).toEqual({ theme: 'dark', transparent: true, background: 'rgba(0, 0, 0, 0)' });
      expect((await scriptBytes(session.page)).files.filter((f) => !/inFrame-/.test(f))).toEqual([
        expect.stringMatching(/^\/assets\/index-/),
      ]);
    } finally {
      await session.close();
    }
  });
});

describe('a tap before the app is here', () => {
  it('switches a chart’s tab at once, and the app keeps it', async () => {
    const session = await openPage(env.browser, { width: 1280 });
    try {
      const { page } = session;
      const app = await holdApp(page);
      await page.goto(url('/embed/aid-totals/'));
      await page.getByRole('tab', { name: 'Table' }).click();
      const panel = page.getByRole('tabpanel');
      expect(
        await panel.getByRole('table').getByRole('cell', { name: '€10.2 billion' }).count(),
      ).toBe(1);
      await page.keyboard.press('ArrowRight');
      expect(await page.getByRole('tab', { name: 'Sources' }).getAttribute('aria-selected')).toBe(
        'true',
      );
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => app.asked()).toBe(true);
      app.release();
      await page.waitForFunction(() => window.location.search.includes('tab=aid-totals:table'));
      expect(await page.getByRole('tab', { name: 'Table' }).getAttribute('aria-selected')).toBe(
        'true',
      );
      // React answers from here: back to the chart, and the link forgets the tab.
      await page.getByRole('tab', { name: 'Chart' }).click();
      await page.waitForFunction(() => window.location.search === '');
      expect(await page.locator('svg.chart-baked-svg:visible, svg.recharts-surface').count()).toBe(
        1,
      );
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('on a download is answered with the file when the app wakes', async () => {
    const session = await openPage(env.browser, { width: 1280 });
    try {
      const { page } = session;
      const app = await holdApp(page);
      await page.goto(url('/embed/drones/'));
      await page.getByRole('button', { name: 'Download SVG' }).click();
      const download = page.waitForEvent('download', { timeout: STEP_TIMEOUT });
      app.release();
      expect((await download).suggestedFilename()).toBe('german-aid-ukraine_drones_en.svg');
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('on the deck, slide keys pressed before the app are the steps it takes as it wakes', async () => {
    const session = await openPage(env.browser, { width: 1280 });
    try {
      const { page } = session;
      const app = await holdApp(page);
      await page.goto(url('/present/?slide=1'));
      // A presenter's first presses, a moment after the page opened: two on, one back, two on.
      for (const key of ['ArrowRight', 'ArrowRight', 'ArrowLeft', 'PageDown', ' ']) {
        await page.keyboard.press(key);
      }
      app.release();
      await page.waitForFunction(
        () =>
          document.querySelector('main.deck section.slide-stage')?.getAttribute('aria-label') ===
          'Slide 4 of 16',
      );
      await expect.poll(() => new URL(page.url()).searchParams.get('slide')).toBe('4');
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('on Embed opens the dialog when the app wakes', async () => {
    const session = await openPage(env.browser, { width: 1280 });
    try {
      const { page } = session;
      const app = await holdApp(page);
      await page.goto(url('/'));
      const embed = page.locator('#charts').getByRole('button', { name: 'Embed' }).first();
      await embed.click();
      app.release();
      const dialog = page.getByRole('dialog').and(page.locator('[open]'));
      await dialog.waitFor();
      expect(await dialog.getByRole('heading').first().textContent()).toMatch(/Embed/);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('with scripts off, the buttons that need them stay hidden', async () => {
    const session = await openPage(env.browser, { width: 1280, javaScriptEnabled: false });
    try {
      await session.page.goto(url('/embed/aid-totals/'));
      expect(await session.page.getByRole('button', { name: 'Download SVG' }).isVisible()).toBe(
        false,
      );
      expect(await session.page.getByRole('link', { name: 'Download CSV' }).isVisible()).toBe(true);
    } finally {
      await session.close();
    }
  });
});

/** The floating tooltip a baked drawing shows before its live chart is in (tipBeforeApp). */
const bakedTip = (page: Page) => page.locator('.bake-tooltip:visible');

describe('a baked chart answers the pointer before its live chart is in', () => {
  it('shows each bar’s tooltip across its column, and goes on when the drawing is made live', async () => {
    const session = await openPage(env.browser, { width: 1280 });
    try {
      const { page } = session;
      const app = await holdApp(page);
      await page.goto(url('/embed/aid-totals/'));
      const bars = page.locator('svg.chart-baked-svg:visible .recharts-bar-rectangle path');
      expect(await bars.count()).toBe(2);
      // Over the first bar, then above the second one's top (its column, not the bar itself).
      await bars.nth(0).hover();
      await bakedTip(page).waitFor();
      expect(await bakedTip(page).textContent()).toMatch(
        /^€10\.2bnMilitary goods Germany provided/,
      );
      const second = await bars.nth(1).boundingBox();
      if (!second) throw new Error('the second bar has no box');
      await page.mouse.move(second.x + second.width / 2, second.y - 30);
      await page.waitForFunction(() =>
        document.querySelector('.bake-tooltip')?.textContent?.startsWith('€4.88bn'),
      );
      // The tooltip sits beside the pointer, inside the window.
      const tip = await bakedTip(page).boundingBox();
      expect(tip?.x).toBeGreaterThan(second.x + second.width / 2);
      expect((tip?.x ?? 0) + (tip?.width ?? 0)).toBeLessThanOrEqual(1280);
      await expect.poll(() => app.asked()).toBe(true);
      // The app makes the drawing live (LiveBakedChart) under the pointer: the same drawing, so
      // the same tooltip goes on answering the pointer, with no gap and no second one.
      app.release();
      await page.locator('.baked-live').waitFor();
      await page.mouse.move(second.x + second.width / 2 + 1, second.y - 30);
      expect(await bakedTip(page).textContent()).toMatch(/^€4\.88bn/);
      await bars.nth(0).hover();
      await page.waitForFunction(() =>
        document.querySelector('.bake-tooltip')?.textContent?.startsWith('€10.2bn'),
      );
      expect(await page.locator('.recharts-tooltip-wrapper').count()).toBe(0);
      expect(await page.locator('svg.recharts-surface').count()).toBe(0);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('keeps answering a resting pointer as the drones chart goes live, with no gap', async () => {
    const session = await openPage(env.browser, { width: 1280 });
    try {
      const { page } = session;
      await page.goto(url('/'));
      await page.waitForFunction(() => 'awake' in (document.getElementById('root')?.dataset ?? {}));
      const box = page.locator('#charts .chart-box').nth(1);
      await box.scrollIntoViewIfNeeded();
      // The 40th square's centre on screen, from the path that draws the squares.
      const square = await box.evaluate((el) => {
        const svg = [...el.querySelectorAll<SVGSVGElement>('svg.chart-baked-svg')].find(
          (drawing) => drawing.getBoundingClientRect().width > 0,
        );
        const d = svg?.querySelector('path.waffle-squares')?.getAttribute('d') ?? '';
        const [, x, y, w] = [...d.matchAll(/M(-?[\d.]+) (-?[\d.]+)h([\d.]+)/g)][39] ?? [];
        const at = new DOMPoint(Number(x) + Number(w) / 2, Number(y) + Number(w) / 2);
        const screen = at.matrixTransform(svg?.getScreenCTM() ?? undefined);
        return { x: screen.x, y: screen.y };
      });
      // The pointer comes to rest on the square: the baked tooltip answers, the chart goes live
      // under it (LiveBakedChart, a layer the pointer passes through), and the same tooltip goes
      // on answering as the hand moves, with no second one.
      await page.mouse.move(square.x, square.y);
      await bakedTip(page).waitFor();
      expect(await bakedTip(page).textContent()).toContain('Drone 40 of 537');
      await box.locator('.baked-live').waitFor({ state: 'attached' });
      await page.mouse.move(square.x + 1, square.y);
      expect(await bakedTip(page).textContent()).toContain('Drone 40 of 537');
      expect(await page.locator('.baked-live-tip').count()).toBe(0);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('names the drone under the pointer, in the page’s language', async () => {
    const session = await openPage(env.browser, { width: 1280 });
    try {
      const { page } = session;
      await holdApp(page);
      await page.goto(url('/de/embed/drones/'));
      // The 25th square's centre on screen, from the path that draws the squares.
      const square = await page.evaluate(() => {
        const svg = [...document.querySelectorAll<SVGSVGElement>('svg.chart-baked-svg')].find(
          (el) => el.getBoundingClientRect().width > 0,
        );
        const d = svg?.querySelector('path.waffle-squares')?.getAttribute('d') ?? '';
        const all = [...d.matchAll(/M(-?[\d.]+) (-?[\d.]+)h([\d.]+)/g)];
        const [, x, y, w] = all[24] ?? [];
        const at = new DOMPoint(Number(x) + Number(w) / 2, Number(y) + Number(w) / 2);
        const screen = svg?.getScreenCTM()
          ? at.matrixTransform(svg.getScreenCTM() ?? undefined)
          : at;
        return { count: all.length, x: screen.x, y: screen.y };
      });
      expect(square.count).toBe(537);
      await page.mouse.move(square.x, square.y);
      await bakedTip(page).waitFor();
      expect(await bakedTip(page).textContent()).toContain('Drohne 25 von 537');
      // Off the squares, the tooltip goes.
      await page.getByRole('heading', { level: 1 }).hover();
      await page.waitForFunction(() =>
        document.querySelector('.bake-tooltip')?.hasAttribute('hidden'),
      );
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('shows a currency picked before the app in the figures and charts at once', async () => {
    const session = await openPage(env.browser, { width: 1280 });
    try {
      const { page } = session;
      const app = await holdApp(page);
      await page.goto(url('/'));
      await page.getByRole('radio', { name: /US dollar/ }).check();
      // Nothing has hydrated: CSS shows the dollar figures and drawings the page already holds.
      await expect.poll(() => app.asked()).toBe(true);
      // innerText: the words as shown (the euro ones are in the page, hidden).
      expect(await page.locator('.figure-value').first().innerText()).toBe('$11.03 billion');
      expect(
        await page.locator('#charts svg.chart-baked-svg:visible').first().textContent(),
      ).toContain('$11.03bn');
      app.release();
      await page.waitForFunction(() => window.location.search.includes('currency=USD'));
      expect(await page.locator('.figure-value').first().innerText()).toBe('$11.03 billion');
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
