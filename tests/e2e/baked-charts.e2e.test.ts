/**
 * Charts are in the page before any script (issue: charts baked at build time). With JavaScript
 * off, every page that shows a chart draws it, at the width of its box; with JavaScript on, the
 * live chart takes over in the same box, and a chosen currency shows before the app is in.
 */
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  browserAndSiteForFile,
  LIVE_CHART,
  openPage,
  saveScreenshot,
  STEP_TIMEOUT,
} from './support/browser';
import { RESULTS_DIR } from './support/paths';

const env = browserAndSiteForFile();
const url = (path: string) => new URL(path.replace(/^\//, ''), env.site.url).href;

/** What the visible baked drawing of each chart on the page shows. */
interface Drawn {
  chart: string;
  drawings: number;
  viewBoxWidth: number;
  boxWidth: number;
  bars: number;
  squares: number;
  labels: string[];
}

function visibleDrawings(page: Page): Promise<Drawn[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.chart-bakes')].map((bakes) => {
      const shown = [...bakes.querySelectorAll<SVGSVGElement>('svg.chart-baked-svg')].filter(
        (svg) => svg.getBoundingClientRect().width > 0,
      );
      const svg = shown[0];
      const sized = (els: NodeListOf<SVGGraphicsElement> | undefined) =>
        [...(els ?? [])].filter((el) => el.getBoundingClientRect().width > 0).length;
      return {
        chart: bakes.querySelector('[data-bake]')?.getAttribute('data-bake')?.split(':')[0] ?? '',
        drawings: shown.length,
        viewBoxWidth: svg?.viewBox.baseVal.width ?? 0,
        boxWidth: bakes.getBoundingClientRect().width,
        bars: sized(svg?.querySelectorAll('path.recharts-rectangle')),
        // The drones are one path of squares (waffleLayout): count its squares.
        squares:
          sized(svg?.querySelectorAll('path.waffle-squares')) > 0
            ? (svg?.querySelector('path.waffle-squares')?.getAttribute('d')?.match(/M/g) ?? [])
                .length
            : 0,
        labels: [...(svg?.querySelectorAll('.recharts-label') ?? [])].map((label) =>
          // A label that wraps is one <tspan> a line.
          [...label.querySelectorAll('tspan')].map((line) => line.textContent).join(' '),
        ),
      };
    }),
  );
}

function expectDrawn(drawn: Drawn, labels: string[]): void {
  expect(drawn.drawings, `${drawn.chart}: exactly one drawing shown`).toBe(1);
  if (drawn.chart === 'aid-totals') {
    expect(drawn.bars).toBe(2);
    expect(drawn.labels).toEqual(labels);
    // The widest drawing that fits the box (or the narrowest, scaled down, on the smallest boxes).
    expect(drawn.viewBoxWidth <= drawn.boxWidth || drawn.viewBoxWidth === 256).toBe(true);
  } else {
    expect(drawn.chart).toBe('drones');
    expect(drawn.squares).toBe(537);
  }
}

const PAGES = [
  { path: '/', charts: 2, labels: ['€10.2bn', '€4.88bn'] },
  { path: '/de/', charts: 2, labels: ['10,2\u00a0Mrd.\u00a0€', '4,88\u00a0Mrd.\u00a0€'] },
  { path: '/embed/aid-totals/', charts: 1, labels: ['€10.2bn', '€4.88bn'] },
  {
    path: '/de/embed/aid-totals/',
    charts: 1,
    labels: ['10,2\u00a0Mrd.\u00a0€', '4,88\u00a0Mrd.\u00a0€'],
  },
  { path: '/embed/drones/', charts: 1, labels: [] },
  { path: '/de/embed/drones/', charts: 1, labels: [] },
];

describe('with JavaScript off, every chart is drawn', () => {
  it.each([320, 375, 768, 1280, 1920])(
    'at %i px, on the dashboard and every embed page',
    async (width) => {
      const session = await openPage(env.browser, { width, javaScriptEnabled: false });
      try {
        for (const { path, charts, labels } of PAGES) {
          await session.page.goto(url(path));
          const drawn = await visibleDrawings(session.page);
          expect(drawn, path).toHaveLength(charts);
          for (const chart of drawn) expectDrawn(chart, labels);
          expect(await session.page.getByText(/Drawing the chart/).count()).toBe(0);
        }
        if (width === 375) {
          await session.page.goto(url('/'));
          await session.page
            .locator('#charts')
            .screenshot({ path: join(RESULTS_DIR, 'baked-charts-no-js-375.png') });
        }
      } finally {
        await session.close();
      }
    },
  );
});

describe('with JavaScript on', () => {
  it('the live chart takes over in the same box, with no warning and no shift', async () => {
    const session = await openPage(env.browser, { width: 1280 });
    const warnings: string[] = [];
    session.page.on('console', (m) => {
      if (m.type() === 'warning' || m.type() === 'error') warnings.push(m.text());
    });
    try {
      const { page } = session;
      await page.goto(url('/'));
      const frames = page.locator('figure.chart-frame .chart-box');
      const baked = [];
      for (const frame of await frames.all()) {
        baked.push(await frame.locator('svg.chart-baked-svg:visible').boundingBox());
      }
      expect(baked).toHaveLength(2);
      for (const [i, frame] of (await frames.all()).entries()) {
        await frame.scrollIntoViewIfNeeded();
        // The live chart mounts when the reader reaches for it: a pointer over the box.
        await frame.hover();
        const live = frame.locator(LIVE_CHART);
        await live.waitFor({ timeout: STEP_TIMEOUT });
        await frame.scrollIntoViewIfNeeded();
        const before = await frame.evaluate(() => window.scrollY);
        const box = await live.boundingBox();
        const bakedBox = baked[i];
        expect(box && bakedBox, 'both drawn').toBeTruthy();
        // The page may have scrolled between the two reads: compare in page coordinates.
        const scrolled = (await frame.evaluate(() => window.scrollY)) - before;
        expect(Math.abs((box?.width ?? 0) - (bakedBox?.width ?? 0))).toBeLessThanOrEqual(0.5);
        expect(Math.abs((box?.height ?? 0) - (bakedBox?.height ?? 0))).toBeLessThanOrEqual(0.5);
        expect(scrolled).toBe(0);
      }
      const shift = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let sum = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) {
                sum += entry.value;
              }
            }).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => resolve(sum), 200);
          }),
      );
      expect(shift).toBeLessThanOrEqual(0.01);
      expect(warnings).toEqual([]);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('a dollar link shows dollar charts before the app is in', async () => {
    const session = await openPage(env.browser, { width: 1280 });
    try {
      const { page } = session;
      // The app never arrives: what shows is the page and its boot script alone.
      await page.route(/\/assets\/client-[^/]*\.js$/, (route) => route.abort());
      await page.goto(url('/?currency=USD'));
      await page.waitForFunction(() => document.documentElement.dataset.currency === 'USD');
      const [aid] = await visibleDrawings(page);
      expect(aid?.labels).toEqual(['$11.03bn', '$5.28bn (converted)']);
    } finally {
      await session.close();
    }
  });

  it('a chart slide shows its chart before the chart code is in', async () => {
    const session = await openPage(env.browser, { width: 1280, height: 720 });
    try {
      const { page } = session;
      // Recharts is on its way and never lands (the request hangs): the slide must show the
      // build's drawing meanwhile.
      await page.route(
        /\/assets\/(AidTotalsChart|DronesChart|CartesianChart)-[^/]*\.js$/,
        () => {},
      );
      await page.goto(url('/present/?slide=8'));
      const stage = page.locator('section.slide-stage');
      await stage.getByRole('heading', { name: /Aid provided and exports authorised/ }).waitFor();
      const svg = stage.locator('svg.chart-baked-svg:visible');
      await svg.waitFor({ timeout: STEP_TIMEOUT });
      expect(await svg.locator('path.recharts-rectangle').count()).toBe(2);
      expect(await svg.locator('.recharts-label').allTextContents()).toEqual([
        '€10.2bn',
        '€4.88bn',
      ]);
      await page.keyboard.press('ArrowRight');
      await stage.getByRole('heading', { name: /537 surveillance drones/ }).waitFor();
      // The drones as one path of 537 squares (tidyBakedSvg).
      const d = await stage
        .locator('svg.chart-baked-svg:visible path.waffle-squares')
        .getAttribute('d');
      expect(d?.match(/M/g)?.length).toBe(537);
      await saveScreenshot(page, 'baked-chart-slide');
    } finally {
      await session.close();
    }
  });
});
