/**
 * The built dashboard in a real browser: what a reader sees at phone, laptop and wide widths, the
 * currency switch and its URL option, keyboard use of charts and sources, the 404 page, and the
 * prerendered HTML a reader without JavaScript gets.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  launchBrowser,
  LIVE_CHART,
  openPage,
  saveScreenshot,
  startServer,
  waitForCharts,
  type PageSession,
  type RunningServer,
} from './support/browser';

/** Card texts in euros (the default), as the reader sees them. */
const EUR_CARD_TEXTS = [
  '€10.2 billion',
  'Stated as $11.03 billion',
  '€4.88 billion',
  '537 drones',
  '3 Patriot systems',
  '700 staff',
  'tens of thousands of rounds',
  '2nd, after the U.S.',
  '75 years',
];

/** Card texts that change in dollars; the counts stay as they are. */
const USD_CARD_TEXTS = [
  '$11.03 billion',
  'Stated as €10.2 billion',
  '$5.28 billion',
  'converted at 1.0814 US$ per €',
];

/** The speakers' exact words, each inside a <q> in a quote's blockquote, in page order. */
const QUOTES = [
  'represented at a high level in the leadership,',
  'these efforts do not make NATO party to the conflict.',
  'tens of thousands of rounds',
  'from German industry',
  'a foundation for our partners for the joint procurement of drones of all kinds,',
];

const BASIS_BADGES = [
  'Date in the article: In 2024 alone',
  'Date inferred from had recently arrived',
  'Date from outside the article',
];

const WIDTHS = [375, 1280, 1920] as const;
const HEIGHT = 900;

/** The 404 of a page that is meant to be missing; Chromium logs it as a console error. */
const EXPECTED_404 = /Failed to load resource: the server responded with a status of 404/;

let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function url(path: string): string {
  return new URL(path, server.url).href;
}

/** Waits until `locator` is visible; fails with `what` rather than a bare timeout. */
async function expectVisible(locator: Locator, what: string): Promise<void> {
  try {
    await locator.filter({ visible: true }).first().waitFor({ state: 'visible' });
  } catch {
    throw new Error(`expected ${what} to be visible`);
  }
}

const section = (page: Page, heading: string) => page.getByRole('region', { name: heading });
const figures = (page: Page) => section(page, 'The figures');
const quotes = (page: Page) => section(page, 'What they said');

/** The big numbers on the cards, in page order. */
function cardValues(page: Page): Promise<string[]> {
  return figures(page).locator('.figure-value').allInnerTexts();
}

async function expectCardTexts(page: Page, texts: readonly string[]): Promise<void> {
  for (const text of texts) {
    await expectVisible(figures(page).getByText(text, { exact: true }), `card text "${text}"`);
  }
}

async function expectQuotes(page: Page): Promise<void> {
  const q = quotes(page).locator('blockquote q');
  expect((await q.allTextContents()).map((s) => s.trim())).toEqual(QUOTES);
  for (const text of QUOTES) {
    await expectVisible(quotes(page).locator('q', { hasText: text }), `quote <q>${text}</q>`);
  }
}

async function expectTimeline(page: Page): Promise<void> {
  const items = page.locator('ol.timeline > li');
  expect(await items.count()).toBe(8);
  const datetimes = await page
    .locator('ol.timeline time')
    .evaluateAll((els) => els.map((el) => el.getAttribute('datetime')));
  // At least one date per event; ranges carry two.
  expect(datetimes.length).toBeGreaterThanOrEqual(8);
  for (const value of datetimes) {
    // A day, or a month where the article gives no day.
    expect(value, 'a <time> in the timeline').toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
    // A real calendar day: 2024-02-30 would roll over to March and fail the round trip.
    const day = value?.length === 7 ? `${value}-01` : value;
    expect(new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10)).toBe(day);
  }
  for (const badge of BASIS_BADGES) {
    await expectVisible(
      page.locator('ol.timeline .basis').filter({ hasText: badge }).first(),
      `badge "${badge}"`,
    );
  }
}

describe.each(WIDTHS)('the dashboard at %i px wide', (width) => {
  let session: PageSession;
  let page: Page;

  beforeAll(async () => {
    session = await openPage(browser, { width, height: HEIGHT });
    page = session.page;
    const response = await page.goto(url('/'));
    expect(response?.status()).toBe(200);
    await waitForCharts(page);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('shows the title and every figure card', async () => {
    await expectVisible(
      page.getByRole('heading', { level: 1, name: 'German military aid to Ukraine' }),
      'the page title',
    );
    await expectCardTexts(page, EUR_CARD_TEXTS);
    await expectVisible(
      figures(page).locator('q', { hasText: 'tens of thousands of rounds' }),
      'the quoted munitions figure inside <q>',
    );
  });

  it('shows the five quotes word for word inside <q>', async () => {
    await expectQuotes(page);
  });

  it('lists 8 timeline events with valid <time datetime> values and basis badges', async () => {
    await expectTimeline(page);
  });

  it('draws both charts with a non-zero size', async () => {
    // Each chart is the build's drawing made live: a live layer over the drawing shown.
    const boxes = page
      .locator('figure.chart-frame .chart-box')
      .filter({ has: page.locator(LIVE_CHART) });
    expect(await boxes.count()).toBe(2);
    for (const box of await boxes.all()) {
      const layer = await box.locator(LIVE_CHART).boundingBox();
      expect(layer?.width ?? 0).toBeGreaterThan(0);
      expect(layer?.height ?? 0).toBeGreaterThan(0);
      // Drawn, not just an empty frame: bars or squares are there.
      const drawing = box.locator('svg.chart-baked-svg:visible');
      expect(await drawing.locator('rect, path').count()).toBeGreaterThan(0);
    }
  });

  it('keeps the bar chart’s category names apart and inside the chart', async () => {
    const surface = page
      .locator('figure.chart-frame .chart-box svg.chart-baked-svg:visible')
      .first();
    const chart = await surface.boundingBox();
    const boxes = await surface
      .locator('text.chart-category')
      .evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().toJSON() as DOMRect));
    expect(boxes).toHaveLength(2);
    const [a, b] = boxes as [DOMRect, DOMRect];
    expect(a.right).toBeLessThanOrEqual(b.left);
    expect(a.left).toBeGreaterThanOrEqual(chart?.x ?? 0);
    expect(b.right).toBeLessThanOrEqual((chart?.x ?? 0) + (chart?.width ?? 0));
  });

  it('does not scroll sideways', async () => {
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  });

  it(`saves a full-page screenshot to test-results/dashboard-${width}.png`, async () => {
    await saveScreenshot(page, `dashboard-${width}`);
  });

  it('logs no console errors or page errors (hydration included)', () => {
    expect(session.errors).toEqual([]);
  });
});

describe('figures at display size', () => {
  // Every 40 px from 320 to 1920 in both languages: the grid reflows at widths no list would pick.
  const SWEEP = Array.from({ length: 41 }, (_, i) => 320 + i * 40);

  it.each(['/', '/de/'])('never break a word or overflow their card on %s', async (path) => {
    const session = await openPage(browser, { javaScriptEnabled: false });
    try {
      const { page } = session;
      await page.goto(url(path));
      const broken: string[] = [];
      for (const width of SWEEP) {
        await page.setViewportSize({ width, height: HEIGHT });
        // With breaking inside words switched off, a word wider than its box shows as overflow.
        const over = await page.locator('.figure-value, h1, h2, h3').evaluateAll((els) =>
          els.flatMap((el) => {
            (el as HTMLElement).style.overflowWrap = 'normal';
            const extra = el.scrollWidth - el.clientWidth;
            (el as HTMLElement).style.overflowWrap = '';
            return extra > 0 ? [`${el.textContent?.trim().slice(0, 24)} +${extra}px`] : [];
          }),
        );
        broken.push(...over.map((o) => `${width}px: ${o}`));
      }
      expect(broken).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

describe('the currency option', () => {
  let session: PageSession;
  afterEach(async () => {
    await session?.close();
  });

  it('switches the cards to dollars and writes currency=USD into the URL', async () => {
    session = await openPage(browser);
    const { page } = session;
    await page.goto(url('/'));
    await waitForCharts(page);
    expect(await cardValues(page)).toContain('€10.2 billion');

    await page.getByRole('radio', { name: 'US dollar ($)' }).click();
    await expectCardTexts(page, USD_CARD_TEXTS);
    const values = await cardValues(page);
    expect(values.filter((v) => v.includes('€'))).toEqual([]);
    // The link follows as the rest of the page re-renders (a transition, after the cards).
    await page.waitForFunction(() => new URL(location.href).searchParams.get('currency') === 'USD');
    expect(await page.getByRole('radio', { name: 'US dollar ($)' }).isChecked()).toBe(true);
    // The bar chart follows the switch too.
    await expectVisible(
      page.locator('figure.chart-frame').first().locator('svg text', { hasText: '$11.03B' }),
      'the $11.03B bar label',
    );
    expect(session.errors).toEqual([]);
  });

  it('opens in dollars from /?currency=USD', async () => {
    session = await openPage(browser);
    const { page } = session;
    await page.goto(url('/?currency=USD'));
    await waitForCharts(page);
    await expectCardTexts(page, USD_CARD_TEXTS);
    expect(await page.getByRole('radio', { name: 'US dollar ($)' }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Euro (€)' }).isChecked()).toBe(false);
    expect(new URL(page.url()).searchParams.get('currency')).toBe('USD');
  });

  it('hydrates /?currency=USD without console or page errors', async () => {
    session = await openPage(browser);
    const { page } = session;
    await page.goto(url('/?currency=USD'));
    await waitForCharts(page);
    await expectCardTexts(page, USD_CARD_TEXTS);
    // The HTML is prerendered in euros; the first client render must match it (React error #418
    // otherwise: React drops the server HTML and renders the whole page again).
    expect(session.errors, 'hydrating a page opened with ?currency=USD').toEqual([]);
  });

  it('falls back to euros for /?currency=XYZ with the content intact', async () => {
    session = await openPage(browser);
    const { page } = session;
    await page.goto(url('/?currency=XYZ'));
    await waitForCharts(page);
    await expectCardTexts(page, EUR_CARD_TEXTS);
    expect((await cardValues(page)).filter((v) => v.includes('$'))).toEqual([]);
    expect(await page.getByRole('radio', { name: 'Euro (€)' }).isChecked()).toBe(true);
    await expectQuotes(page);
    await expectTimeline(page);
    expect(session.errors).toEqual([]);
  });
});

describe('a chart’s tabs at 375 px', () => {
  let session: PageSession;
  let page: Page;
  let chart: Locator;
  /** Where the chart's source line sits in the page. */
  const sourceLineTop = async () =>
    (await chart.locator('.chart-footer').evaluate((el) => el.getBoundingClientRect().top)) +
    (await page.evaluate(() => window.scrollY));

  beforeAll(async () => {
    session = await openPage(browser, { width: 375, height: 800 });
    page = session.page;
    await page.goto(url('/'));
    await waitForCharts(page);
    chart = page.locator('figure.chart-frame').first();
    await chart.scrollIntoViewIfNeeded();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('shows Table in the drawing’s place: nothing below the chart moves, and the drawing is neither seen, read nor reached', async () => {
    // In the frame after the chart comes into view, the table is laid out ahead (so a tap only
    // shows it), folded to no height, unseen and out of the accessibility tree.
    const folded = () =>
      chart
        .locator('[role="tabpanel"][hidden]')
        .filter({ has: page.locator('table') })
        .evaluate((panel) => ({
          height: panel.getBoundingClientRect().height,
          laidOut: (panel.querySelector('table')?.getBoundingClientRect().width ?? 0) > 100,
          seen: panel.checkVisibility({ visibilityProperty: true }),
        }));
    await expect.poll(folded).toEqual({ height: 0, laidOut: true, seen: false });
    expect(await chart.getByRole('table').count()).toBe(0);
    const before = await sourceLineTop();
    await chart.getByRole('tab', { name: 'Table' }).click();
    await expectVisible(chart.getByRole('table'), 'the chart’s table');
    expect(await sourceLineTop()).toBeCloseTo(before, 0);
    // One panel for a reader: the drawing keeps its room, unseen and out of the accessibility tree.
    await expect.poll(() => chart.getByRole('tabpanel').count()).toBe(1);
    expect(await chart.locator('svg.chart-baked-svg:visible').count()).toBe(0);
    // Tab goes from the tab to its table, not into the drawing under it.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.querySelector('table') !== null)).toBe(
      true,
    );
  });

  it('makes room for the taller Sources, and gives it back with Chart', async () => {
    const start = await sourceLineTop();
    await chart.getByRole('tab', { name: 'Sources' }).click();
    const panel = chart.getByRole('tabpanel');
    const bottom = await panel.evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
    expect(await sourceLineTop()).toBeGreaterThan(bottom);
    await chart.getByRole('tab', { name: 'Chart' }).click();
    await expectVisible(chart.locator('svg.chart-baked-svg:visible'), 'the drawing');
    expect(await sourceLineTop()).toBeCloseTo(start, 0);
  });
});

describe('keyboard use', () => {
  let session: PageSession;
  let page: Page;

  beforeAll(async () => {
    session = await openPage(browser);
    page = session.page;
    await page.goto(url('/'));
    await waitForCharts(page);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('reaches the first chart with Tab, and ArrowRight shows a tooltip', async () => {
    const firstChart = page.locator('figure.chart-frame').first();
    const visited: string[] = [];
    let onChart = false;
    for (let i = 0; i < 40 && !onChart; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement;
        const frames = [...document.querySelectorAll('figure.chart-frame')];
        return {
          // e.g. "summary", "button#…": enough to read the Tab path when the test fails.
          label: el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}` : 'none',
          firstChartSurface:
            !!el?.matches('svg.recharts-surface, .baked-live') && frames[0]?.contains(el) === true,
        };
      });
      visited.push(focus.label);
      onChart = focus.firstChartSurface;
    }
    expect(onChart, `Tab order never reached the first chart: ${visited.join(' → ')}`).toBe(true);

    // Focus shows the first bar; ArrowRight moves to the second, ArrowLeft back.
    const tooltip = firstChart.locator('.chart-tooltip:visible');
    await page.keyboard.press('ArrowRight');
    await expectVisible(tooltip.filter({ hasText: 'Arms exports' }), 'the tooltip for bar 2');
    expect(await tooltip.first().innerText()).toMatch(/^€4\.88bn\s+Arms exports to Ukraine/);
    // Screen readers hear it: the value is copied into the chart's live region.
    const live = firstChart.locator('[aria-live="polite"]');
    await expectVisible(
      page.locator('figure.chart-frame').first().locator('.chart-box'),
      'the chart box',
    );
    await page.waitForFunction(
      () =>
        document
          .querySelector('figure.chart-frame [aria-live="polite"]')
          ?.textContent?.startsWith('€4.88bn Arms exports') === true,
    );
    expect(await live.textContent()).toMatch(/^€4\.88bn Arms exports to Ukraine/);

    await page.keyboard.press('ArrowLeft');
    await expectVisible(tooltip.filter({ hasText: 'Military goods' }), 'the tooltip for bar 1');
    expect(await tooltip.first().innerText()).toMatch(
      /^€10\.2bn\s+Military goods Germany provided/,
    );
    expect(session.errors).toEqual([]);
  });

  it('opens a card’s Source with Enter and shows the excerpt', async () => {
    const details = figures(page).locator('details.figure-source').first();
    const excerpt = details.locator('blockquote.excerpt');
    expect(await details.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    expect(await excerpt.isVisible()).toBe(false);

    await details.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expectVisible(excerpt, 'the source excerpt');
    expect(await details.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
    expect(await excerpt.innerText()).toContain(
      'As of the end of April, Germany had provided a total of €10.2 billion ($11.03 billion)',
    );
    expect(session.errors).toEqual([]);
  });
});

describe('an unknown path', () => {
  it('answers 404 and shows "Page not found" with the path', async () => {
    const session = await openPage(browser);
    try {
      const { page } = session;
      const response = await page.goto(url('/no-such-page'));
      expect(response?.status()).toBe(404);
      await expectVisible(
        page.getByRole('heading', { level: 1, name: 'Page not found' }),
        'the 404 heading',
      );
      // The path is filled in after hydration.
      await expectVisible(page.locator('code', { hasText: '/no-such-page' }), 'the missing path');
      const home = page.getByRole('link', { name: 'Go to the dashboard' });
      expect(await home.getAttribute('href')).toBe('/');
      expect(session.errorsExcept(EXPECTED_404)).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

describe('the prerendered HTML (JavaScript disabled)', () => {
  let session: PageSession;
  let page: Page;

  beforeAll(async () => {
    session = await openPage(browser, { javaScriptEnabled: false });
    page = session.page;
  });

  afterAll(async () => {
    await session?.close();
  });

  it('carries the figures, quotes and timeline without running any script', async () => {
    const response = await page.goto(url('/'));
    expect(response?.status()).toBe(200);
    await expectCardTexts(page, EUR_CARD_TEXTS);
    await expectQuotes(page);
    await expectTimeline(page);
    // The live charts need JavaScript; the build's drawings of them do not (baked-charts.e2e).
    expect(await page.locator('svg.recharts-surface').count()).toBe(0);
    expect(await page.locator('svg.chart-baked-svg:visible').count()).toBe(2);
  });

  it('serves a prerendered "Page not found" for unknown paths', async () => {
    const response = await page.goto(url('/no-such-page'));
    expect(response?.status()).toBe(404);
    await expectVisible(
      page.getByRole('heading', { level: 1, name: 'Page not found' }),
      'the 404 heading',
    );
  });
});

describe('loading the app only when it is needed', () => {
  /** Script URLs the page has requested so far. */
  function recordScripts(page: Page): string[] {
    const urls: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') urls.push(new URL(request.url()).pathname);
    });
    return urls;
  }

  it('a phone that only reads the top loads the boot script alone; scrolling to a chart loads the rest', async () => {
    const session = await openPage(browser, { width: 375, height: 700 });
    try {
      const { page } = session;
      const scripts = recordScripts(page);
      await page.goto(url('/'), { waitUntil: 'load' });
      await page.waitForTimeout(500);
      expect(scripts).toHaveLength(1);
      expect(scripts[0]).toMatch(/^\/assets\/index-[\w-]+\.js$/);
      // The prerendered page is whole without the app.
      await expectCardTexts(page, EUR_CARD_TEXTS);

      await waitForCharts(page);
      expect(scripts.some((s) => /\/assets\/client-[\w-]+\.js$/.test(s))).toBe(true);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('a reader who does nothing gets the app in a quiet moment after load, ready for a first tap', async () => {
    const session = await openPage(browser, { width: 375, height: 700 });
    try {
      const { page } = session;
      const scripts = recordScripts(page);
      await page.goto(url('/'), { waitUntil: 'load' });
      // A second after load, then the next idle moment (at most 2 s later): no tap, no scroll.
      await expect
        .poll(() => scripts.some((s) => /\/assets\/client-[\w-]+\.js$/.test(s)), {
          timeout: 8000,
        })
        .toBe(true);
      // Awake: the hydrated buttons show.
      await page.locator('.chart-actions button:not(.pending)').first().waitFor();
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('a currency picked before the app has loaded is kept, and written into the URL', async () => {
    const session = await openPage(browser, { width: 375, height: 700 });
    try {
      const { page } = session;
      const scripts = recordScripts(page);
      await page.goto(url('/'), { waitUntil: 'load' });
      expect(scripts.some((s) => s.includes('/client-'))).toBe(false);
      // The radio works as plain HTML; the tap also wakes the app, which takes the choice over.
      await page.getByRole('radio', { name: 'US dollar ($)' }).click();
      await expectCardTexts(page, USD_CARD_TEXTS);
      await page.waitForFunction(
        () => new URL(location.href).searchParams.get('currency') === 'USD',
      );
      expect(await page.getByRole('radio', { name: 'US dollar ($)' }).isChecked()).toBe(true);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
