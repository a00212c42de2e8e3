/**
 * Keyboard and screen-reader walks (issue: keyboard and screen reader use without a stumble):
 * the exact Tab stops through an embed page and a chart, what a focused chart does with its keys
 * on the dashboard and on a slide, where focus goes at the deck's ends, what a slide change says,
 * and the accessibility tree Chromium gives assistive technology for each chart (read over CDP:
 * Playwright's ariaSnapshot leaves unnamed groups out, and would not see them).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAndSiteForFile, LIVE_CHART, openPage } from './support/browser';

const env = browserAndSiteForFile();
const url = (path: string) => new URL(path.replace(/^\//, ''), env.site.url).href;

interface Stop {
  /** The element's role (its role attribute, else its tag). */
  role: string;
  name: string;
  width: number;
  height: number;
}

/** Presses Tab `count` times and describes where focus lands each time. */
async function tabStops(page: Page, count: number): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    stops.push(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return { role: 'body', name: '', width: 0, height: 0 };
        const labelledBy = el.getAttribute('aria-labelledby');
        // An SVG is named by its <title>.
        const name =
          el.getAttribute('aria-label') ??
          (labelledBy ? document.getElementById(labelledBy)?.textContent : null) ??
          el.querySelector(':scope > title')?.textContent ??
          el.textContent ??
          '';
        const { width, height } = el.getBoundingClientRect();
        return {
          role: el.getAttribute('role') ?? el.tagName.toLowerCase(),
          name: name.replace(/\s+/g, ' ').trim(),
          width,
          height,
        };
      }),
    );
  }
  return stops;
}

/** Wakes a chart's live drawing: a pointer comes over its box, then leaves. */
async function wakeCharts(page: Page, count = 1): Promise<void> {
  for (let i = 0; i < count; i++) {
    const box = page.locator('.chart-box').nth(i);
    await box.scrollIntoViewIfNeeded();
    await box.hover();
    await box.locator(LIVE_CHART).first().waitFor();
  }
  await page.mouse.move(0, 0);
}

/** What the focused chart's live region says (TooltipAnnouncer). */
const said = (page: Page) =>
  page.evaluate(
    () =>
      document.activeElement?.closest('.chart-box, .slide-chart')?.querySelector('[aria-live]')
        ?.textContent ?? '',
  );

describe('Tab through an embed page', () => {
  it.each([
    ['aid-totals', 'Aid provided and exports authorised: two different measures'],
    ['drones', '537 surveillance drones provided'],
  ])(
    '%s: one stop per control, the chart one stop, each named and visible',
    async (chart, title) => {
      const session = await openPage(env.browser, { width: 1280, height: 900 });
      try {
        const { page } = session;
        await page.goto(url(`/embed/${chart}/`), { waitUntil: 'load' });
        await wakeCharts(page);
        const stops = await tabStops(page, 10);
        expect(stops.map((s) => `${s.role} ${s.name}`)).toEqual([
          'tab Chart',
          `application ${title}`,
          'button Copy link',
          'button Download PNG',
          'button Download SVG',
          'a Download CSV',
          'a Data (JSON)',
          'a Deutsch',
          'a Full dashboard: German military aid to Ukraine',
          'body ',
        ]);
        for (const stop of stops.slice(0, -1)) {
          expect(stop.width * stop.height, `${stop.role} ${stop.name} has a size`).toBeGreaterThan(
            0,
          );
        }
        expect(session.errors).toEqual([]);
      } finally {
        await session.close();
      }
    },
  );

  it('before any script, Tab stops on the chart’s drawing, so holding Tab never skips it', async () => {
    // Without JavaScript the page is exactly what arrives before the app wakes.
    const session = await openPage(env.browser, { javaScriptEnabled: false });
    try {
      const { page } = session;
      await page.goto(url('/embed/drones/'), { waitUntil: 'load' });
      const stops = await tabStops(page, 3);
      expect(stops.map((s) => `${s.role} ${s.name}`)).toEqual([
        'tab Chart',
        'group 537 surveillance drones provided',
        // The buttons need the app; the links do not.
        'a Download CSV',
      ]);
      const chart = stops[1];
      expect((chart?.width ?? 0) * (chart?.height ?? 0)).toBeGreaterThan(0);
    } finally {
      await session.close();
    }
  });
});

describe('a focused chart keeps its keys', () => {
  it('on the dashboard: ← → ↓ PageDown Home End move between drones; none scrolls the page', async () => {
    const session = await openPage(env.browser, { width: 1280, height: 800 });
    try {
      const { page } = session;
      await page.goto(url('/'), { waitUntil: 'load' });
      await wakeCharts(page, 2);
      const drones = page.locator('.chart-box').nth(1).locator('.baked-live');
      await drones.focus();
      const scrolled = await page.evaluate(() => window.scrollY);
      // Focus shows the first point; → the next.
      await expect.poll(() => said(page)).toMatch(/Drone 1 of 537$/);
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => said(page)).toMatch(/Drone 2 of 537$/);
      await page.keyboard.press('End');
      await expect.poll(() => said(page)).toMatch(/Drone 537 of 537$/);
      await page.keyboard.press('Home');
      await expect.poll(() => said(page)).toMatch(/Drone 1 of 537$/);
      // 30 to a row at this width; a page is a tenth of the rows (two).
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => said(page)).toMatch(/Drone 31 of 537$/);
      await page.keyboard.press('PageDown');
      await expect.poll(() => said(page)).toMatch(/Drone 91 of 537$/);
      for (const key of ['PageDown', 'Space', 'ArrowDown', 'PageUp', 'End']) {
        await page.keyboard.press(key);
      }
      await expect.poll(() => said(page)).toMatch(/Drone 537 of 537$/);
      expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
      // One highlighted square, where the tooltip says, and the focus still on the chart.
      expect(await page.locator('.chart-highlight').count()).toBe(1);
      // On the drawing's last square, as the page draws it (its path's last "M x y h s").
      const [highlight, square] = await page.evaluate(() => {
        const svg = [...document.querySelectorAll<SVGSVGElement>('svg.chart-baked-svg')].find(
          (el) =>
            el.closest('.chart-box') &&
            el.getBoundingClientRect().width > 0 &&
            el.querySelector('path.waffle-squares'),
        );
        const d = svg?.querySelector('path.waffle-squares')?.getAttribute('d') ?? '';
        const [x = 0, y = 0, s = 0] = (d.slice(d.lastIndexOf('M') + 1).match(/[\d.]+/g) ?? []).map(
          Number,
        );
        const m = svg?.getScreenCTM() ?? new DOMMatrix();
        const a = new DOMPoint(x, y).matrixTransform(m);
        const b = new DOMPoint(x + s, y + s).matrixTransform(m);
        const box = document.querySelector('.chart-highlight')?.getBoundingClientRect();
        return [
          [box?.left, box?.top, box?.right, box?.bottom],
          [a.x, a.y, b.x, b.y],
        ];
      });
      highlight.forEach((edge, i) => expect(edge).toBeCloseTo(square[i] ?? NaN, 0));
      expect(await page.locator('.baked-live-tip').textContent()).toMatch(/Drone 537 of 537$/);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('class'))).toBe(
        'baked-live',
      );
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('on a slide: → moves the bar, not the slide; Esc does not leave the deck', async () => {
    const session = await openPage(env.browser, { width: 1280, height: 800 });
    try {
      const { page } = session;
      await page.goto(url('/present/?slide=8'), { waitUntil: 'load' });
      await page.locator('.slide-chart svg.recharts-surface').waitFor();
      const stops = await tabStops(page, 1);
      expect(stops[0]?.role).toBe('application');
      // Focus shows the first bar; → the second.
      await expect.poll(() => said(page)).toMatch(/^€10\.2bn/);
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => said(page)).toMatch(/^€4\.88bn/);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Home');
      await expect.poll(() => said(page)).toMatch(/^€10\.2bn/);
      expect(new URL(page.url()).pathname).toBe('/present/');
      expect(new URL(page.url()).searchParams.get('slide')).toBe('8');
      expect(await page.locator('main.deck section.slide-stage').getAttribute('aria-label')).toBe(
        'Slide 8 of 16',
      );
      // Home and End are arrows to the end (OneFocusStop): the focus stays on the chart.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('class'))).toBe(
        'recharts-surface',
      );
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

/** What the deck says as some slides arrive. */
const ANNOUNCED: Record<number, RegExp> = {
  2: /^Slide 2 of 16: €10\.2 billion /,
  8: /^Slide 8 of 16: Aid provided and exports authorised: two different measures$/,
  10: /^Slide 10 of 16: Quotation: Boris Pistorius$/,
  16: /^Slide 16 of 16: Where this comes from$/,
};

describe('the deck by keyboard and screen reader', () => {
  it('keeps focus on Next when the last slide makes it unavailable, and says so', async () => {
    const session = await openPage(env.browser, { width: 1280, height: 800 });
    try {
      const { page } = session;
      await page.goto(url('/present/?slide=15'), { waitUntil: 'load' });
      await page.locator('.slide-stage[data-scale]').waitFor();
      const next = page.getByRole('button', { name: 'Next slide' });
      await next.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => new URL(page.url()).searchParams.get('slide')).toBe('16');
      await page.keyboard.press('Enter');
      expect(await next.getAttribute('aria-disabled')).toBe('true');
      expect(
        await page.evaluate(() => document.activeElement?.textContent?.replace(/\s+/g, ' ')),
      ).toContain('Next slide');
      expect(new URL(page.url()).searchParams.get('slide')).toBe('16');
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('announces each slide by its number and title, and every slide has a heading', async () => {
    const session = await openPage(env.browser, { width: 1280, height: 800 });
    try {
      const { page } = session;
      await page.goto(url('/present/?slide=1'), { waitUntil: 'load' });
      await page.locator('.slide-stage[data-scale]').waitFor();
      const live = page.locator('main.deck p[aria-live="polite"]');
      const headings: string[] = [];
      for (let n = 1; n <= 16; n++) {
        headings.push(
          (await page.locator('main.deck .slide-stage h2').first().textContent()) ?? '',
        );
        const expected = ANNOUNCED[n];
        if (expected) await expect.poll(() => live.textContent()).toMatch(expected);
        if (n < 16) await page.keyboard.press('ArrowRight');
      }
      expect(headings.every((heading) => heading.trim().length > 0)).toBe(true);
      // The nav and the progress bar have their own names.
      expect(await page.getByRole('navigation', { name: 'Slide controls' }).count()).toBe(1);
      expect(
        await page.getByRole('progressbar', { name: 'Progress through the slides' }).count(),
      ).toBe(1);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('in the presenter view, the next slide is a picture: not read, not a Tab stop', async () => {
    const session = await openPage(env.browser, { width: 1280, height: 800 });
    try {
      const { page } = session;
      await page.goto(url('/present/?view=presenter&slide=8'), { waitUntil: 'load' });
      // Both slides are charts: the current one's is live, the next one's too, but inert.
      await page.locator('.presenter-next .slide-chart svg.recharts-surface').waitFor();
      // Once round the page (Tab wraps after <body>).
      const stops = await tabStops(page, 12);
      const round = stops.slice(
        0,
        stops.findIndex((s) => s.role === 'body'),
      );
      expect(round.filter((s) => s.role === 'application')).toHaveLength(1);
      const cdp = await page.context().newCDPSession(page);
      const { nodes } = await cdp.send('Accessibility.getFullAXTree');
      const shown = nodes.filter((n) => !n.ignored);
      expect(shown.filter((n) => n.role?.value === 'application')).toHaveLength(1);
      expect(shown.filter((n) => n.name?.value === 'Slide 9 of 16')).toHaveLength(0);
      // Its title is read, once, as text under "Next".
      const read = (text: string) =>
        shown.filter((n) => n.role?.value === 'StaticText' && n.name?.value === text);
      expect(read('537 surveillance drones provided')).toHaveLength(1);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

describe('each chart in the accessibility tree', () => {
  it.each([
    ['aid-totals', 'Aid provided and exports authorised: two different measures', /€10\.2 billion/],
    ['drones', '537 surveillance drones provided', /537 surveillance drones/],
  ])(
    '%s: one named application described by its summary, with no unnamed groups inside or around it',
    async (chart, title, summary) => {
      const session = await openPage(env.browser, { width: 1280, height: 900 });
      try {
        const { page } = session;
        await page.goto(url(`/embed/${chart}/`), { waitUntil: 'load' });
        await wakeCharts(page);
        const cdp = await page.context().newCDPSession(page);
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        const shown = nodes.filter((n) => !n.ignored);
        const unnamedGroups = shown.filter((n) => n.role?.value === 'group' && !n.name?.value);
        expect(unnamedGroups).toHaveLength(0);
        const apps = shown.filter((n) => n.role?.value === 'application');
        expect(apps).toHaveLength(1);
        const [app] = apps;
        expect(app?.name?.value).toBe(title);
        expect(app?.description?.value).toMatch(summary);
        // Nothing inside it is read on its own: no axis text, no marks.
        const byId = new Map(nodes.map((n) => [n.nodeId, n]));
        const inside = (id: string): number =>
          (byId.get(id)?.childIds ?? []).reduce(
            (sum, child) => sum + (byId.get(child)?.ignored ? 0 : 1) + inside(child),
            0,
          );
        expect(inside(app?.nodeId ?? '')).toBe(0);
        expect(session.errors).toEqual([]);
      } finally {
        await session.close();
      }
    },
  );
});

describe('small screens and quiet changes', () => {
  it('at 320 px every deck control is on screen, and the presenter view does not scroll sideways', async () => {
    const session = await openPage(env.browser, { width: 320, height: 640 });
    try {
      const { page } = session;
      for (const path of ['/present/?slide=8', '/present/?view=presenter&slide=8']) {
        await page.goto(url(path), { waitUntil: 'load' });
        await page.locator('.slide-stage[data-scale]').first().waitFor();
        // The audience deck fits the screen; the presenter view scrolls down, never sideways.
        const outside = await page.evaluate(
          (deck) =>
            [...document.querySelectorAll<HTMLElement>('.deck-controls a, .deck-controls button')]
              .filter((el) => {
                const r = el.getBoundingClientRect();
                return r.left < 0 || r.right > innerWidth || (deck && r.bottom > innerHeight);
              })
              .map((el) => el.textContent),
          !path.includes('presenter'),
        );
        expect(outside, path).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBe(320);
      }
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('at 320 px the slide reflows: its small print is legible and its chart fits the screen', async () => {
    const session = await openPage(env.browser, { width: 320, height: 640 });
    try {
      const { page } = session;
      await page.goto(url('/present/?slide=8'), { waitUntil: 'load' });
      await page.locator('.slide-chart svg.recharts-surface').waitFor();
      const drawn = await page.evaluate(() => {
        const stage = document.querySelector<HTMLElement>('main.deck .slide-stage');
        const source = stage?.querySelector('.slide-source');
        const chart = stage?.querySelector('.slide-chart svg.recharts-surface');
        // What reaches the eye: the font size times the stage's scale (none when it reflows).
        const scale = (stage?.getBoundingClientRect().width ?? 0) / (stage?.offsetWidth ?? 1);
        return {
          sourcePx: source ? parseFloat(getComputedStyle(source).fontSize) * scale : 0,
          chartRight: chart?.getBoundingClientRect().right ?? Infinity,
        };
      });
      // Scaled down with the 1280 px stage, the source line drew at 5.5 px.
      expect(drawn.sourcePx).toBeGreaterThanOrEqual(12);
      expect(drawn.chartRight).toBeLessThanOrEqual(320);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('a currency change is said, and Tab from a Table tab reaches its table', async () => {
    const session = await openPage(env.browser, { width: 1280, height: 800 });
    try {
      const { page } = session;
      await page.goto(url('/'), { waitUntil: 'load' });
      await page.locator('.chart-actions button:not(.pending)').first().waitFor();
      await page.getByRole('radio', { name: 'US dollar ($)' }).check();
      await expect
        .poll(() => page.locator('.switch [role="status"]').textContent())
        .toBe('Amounts now in US dollars.');
      const table = page.getByRole('tab', { name: 'Table' }).first();
      await table.click();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe(
        'tabpanel',
      );
      expect(
        await page.evaluate(() => document.activeElement?.querySelector('table') !== null),
      ).toBe(true);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('at 320 px a chart’s table fits unclipped, and the focused skip link covers nothing', async () => {
    const session = await openPage(env.browser, { width: 320, height: 700 });
    try {
      const { page } = session;
      await page.goto(url('/'), { waitUntil: 'load' });
      await page.keyboard.press('Tab');
      const [skip, kicker] = await page.evaluate(() =>
        ['.skip-link', '.kicker'].map((selector) => {
          const r = document.querySelector(selector)?.getBoundingClientRect();
          return { top: r?.top ?? 0, bottom: r?.bottom ?? 0 };
        }),
      );
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
      expect(skip?.bottom ?? 0).toBeLessThanOrEqual(kicker?.top ?? 0);
      await page.locator('.chart-actions button:not(.pending)').first().waitFor();
      for (let i = 0; i < 2; i++) {
        await page.getByRole('tab', { name: 'Table' }).nth(i).click();
      }
      const clipped = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.tabs-panel:not([hidden]) .table-scroll')]
          .filter((box) => box.scrollWidth > box.clientWidth)
          .map((box) => box.querySelector('caption')?.textContent),
      );
      expect(clipped).toEqual([]);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
