/**
 * The views as the story grows: the site built from ten times today's events and quotes
 * (scripts/grownSite.ts, `npm run data:grow`), as someone keeping the dashboard up for two more
 * years of news would have it. The deck still reads from the back of the room, the timeline is
 * one a reader can find their way in, and a page carries its tables as files, not in its links.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { buildGrownSite } from '../../scripts/grownSite';
import { launchBrowser, openPage, startServer, type RunningServer } from './support/browser';
import { RESULTS_DIR } from './support/paths';
import { placeholderHeights, placeholdersOff } from './support/placeholders';

const FACTOR = 10;
let browser: Browser;
let site: RunningServer;
let copy = '';

beforeAll(async () => {
  [browser, copy] = await Promise.all([launchBrowser(), buildGrownSite(FACTOR)]);
  site = await startServer(join(copy, 'dist'));
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (copy) rmSync(copy, { recursive: true, force: true });
});

const url = (path: string) => new URL(path, site.url).href;

describe(`at ${FACTOR} times today’s events and quotes`, () => {
  it.each([
    [1280, 720],
    [1080, 1920],
  ])(
    'no slide is cut off at %i×%i, and the timeline says which of its slides is showing',
    async (width, height) => {
      const session = await openPage(browser, { width, height });
      try {
        const { page } = session;
        await page.goto(url('present/'));
        // The deck takes keys once it is awake (it has measured its stage).
        await page.waitForFunction(
          () => document.querySelector<HTMLElement>('.slide-stage')?.dataset.scale !== undefined,
        );
        const total = Number(
          /of (\d+)/.exec((await page.locator('.deck-progress').textContent()) ?? '')?.[1],
        );
        // Title, six figures, two charts, five quotes, ten timeline slides, sources.
        expect(total).toBe(1 + 6 + 2 + 5 + 10 + 1);
        const titles: string[] = [];
        for (let n = 1; n <= total; n++) {
          if (n > 1) await page.keyboard.press('ArrowRight');
          await page.waitForFunction(
            (n) => document.querySelector('.deck-progress')?.textContent?.includes(`${n} of`),
            n,
          );
          const fit = await page.evaluate(() => {
            const stage = document.querySelector('.slide-stage') as HTMLElement;
            const box = stage.getBoundingClientRect();
            const cut = [...stage.querySelectorAll('*')].filter((el) => {
              const r = el.getBoundingClientRect();
              return r.bottom > box.bottom + 1 || r.right > box.right + 1;
            });
            const scale = box.height / stage.offsetHeight;
            const main = stage.querySelector('.slide-main') as HTMLElement | null;
            return {
              cut: cut.map((el) => el.outerHTML.slice(0, 80)),
              heading: stage.querySelector('h2')?.textContent ?? '',
              largest:
                (main ? parseFloat(getComputedStyle(main).fontSize) * scale : 0) /
                Math.min(innerWidth, innerHeight),
            };
          });
          expect(fit.cut, `slide ${n}`).toEqual([]);
          expect(fit.largest, `slide ${n} largest text / short side`).toBeGreaterThanOrEqual(0.045);
          if (fit.heading.startsWith('Timeline')) titles.push(fit.heading);
        }
        expect(titles).toEqual(Array.from({ length: 10 }, (_, i) => `Timeline (${i + 1} of 10)`));
        expect(session.errors).toEqual([]);
      } finally {
        await session.close();
      }
    },
  );

  it('groups the dashboard’s timeline by year, with filters and year controls by keyboard', async () => {
    const session = await openPage(browser, { width: 1280, height: 900 });
    try {
      const { page } = session;
      await page.goto(url(''));
      const timeline = page.locator('#timeline');
      await timeline.scrollIntoViewIfNeeded();
      await page.waitForFunction(() => 'awake' in (document.getElementById('root')?.dataset ?? {}));
      const years = await timeline.locator('h3.timeline-year-heading').allTextContents();
      expect(years.length).toBeGreaterThan(3);
      expect([...years].sort()).toEqual(years);
      // A closed year: its control names the year and count; Enter opens it, and its events show.
      const name =
        (await timeline
          .locator('details.timeline-more:not([open]) > summary')
          .first()
          .textContent()) ?? '';
      expect(name).toMatch(/^Show \d{4}: \d+ events$/);
      const year = name.slice(5, 9);
      const group = page.getByRole('region', { name: year });
      await group.locator('summary').focus();
      await page.keyboard.press('Enter');
      await expect
        .poll(() => group.locator('details').evaluate((el) => (el as HTMLDetailsElement).open))
        .toBe(true);
      await expect
        .poll(() => group.locator('summary').textContent())
        .toBe(name.replace('Show', 'Hide'));
      expect(await group.locator('.timeline-item').count()).toBe(Number(/: (\d+)/.exec(name)?.[1]));
      // A filter, by keyboard: the count the page says and the events shown follow.
      const all = await timeline.locator('.timeline-item').count();
      const context = timeline.getByRole('checkbox', { name: /^from outside it/ });
      await context.focus();
      await page.keyboard.press('Space');
      await expect.poll(() => timeline.locator('.timeline-item.timeline-context').count()).toBe(0);
      const left = await timeline.locator('.timeline-item').count();
      expect(left).toBeLessThan(all);
      expect(await timeline.getByText(/^Showing \d+ of \d+ events\.$/).textContent()).toBe(
        `Showing ${left} of ${all} events.`,
      );
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('keeps the dashboard up to the sources within 15 screens at 1280 px', async () => {
    const session = await openPage(browser, { width: 1280, height: 900 });
    try {
      const { page } = session;
      await page.goto(url(''));
      // Every section laid out, as a reader who has scrolled it all would have it.
      await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
      const top = await page.evaluate(
        () => (document.getElementById('sources')?.getBoundingClientRect().top ?? 0) + scrollY,
      );
      expect(top / 900).toBeLessThanOrEqual(15);
    } finally {
      await session.close();
    }
  });

  it.each(['', 'de/'])(
    'gives each section not yet rendered a placeholder within a tenth of its height, and axe finds no crowded targets (/%s)',
    async (path) => {
      const off: string[] = [];
      // A phone, a tablet, a desktop: one width in each of the grid's column counts.
      for (const width of [375, 768, 1280]) {
        const session = await openPage(browser, { width, height: 823 });
        try {
          const { page } = session;
          await page.goto(url(path));
          // First, as a first-load audit finds the page: where a placeholder runs a little
          // short, what spills over must still crowd no target of the next section.
          const results = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
          off.push(
            ...results.violations.flatMap((v) =>
              v.nodes.map((n) => `${width}: crowded ${n.target.join(' ')}`),
            ),
          );
          off.push(
            ...placeholdersOff(await placeholderHeights(page), 'tenth').map(
              (o) => `${width}: ${o}`,
            ),
          );
        } finally {
          await session.close();
        }
      }
      expect(off, 'a part’s size has changed: npm run build && npm run placeholders').toEqual([]);
    },
  );

  it('embeds a window of the timeline: the latest events, or the months its address asks for', async () => {
    const session = await openPage(browser, { width: 320, height: 800 });
    try {
      const { page } = session;
      await page.goto(url('embed/timeline/'));
      const items = page.locator('.timeline-compact-item');
      // Eight in the page, the latest six of them on a phone; the wider frame shows all eight.
      expect(await items.count()).toBe(8);
      expect(await page.locator('.timeline-compact-item:visible').count()).toBe(6);
      await page.getByText(/^The latest events of the 80 from 4 April 1949 to /).waitFor();
      await page.screenshot({
        path: join(RESULTS_DIR, 'growth-timeline-embed-320-en.png'),
        fullPage: true,
      });
      // A publisher can place it: within 1,000 px on a 320 px phone, in either language.
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(
        1000,
      );
      await page.goto(url('de/embed/timeline/'));
      await page.getByText(/^Die neuesten der 80 Ereignisse vom 4. April 1949 bis /).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(
        1000,
      );
      await page.screenshot({
        path: join(RESULTS_DIR, 'growth-timeline-embed-320-de.png'),
        fullPage: true,
      });
      await page.setViewportSize({ width: 640, height: 800 });
      expect(await page.locator('.timeline-compact-item:visible').count()).toBe(8);
      await page.goto(url('embed/timeline/?from=2024-07&to=2024-07'));
      await page.getByText(/^The latest of the \d+ events in July 2024 \(80 in all\)/).waitFor();
      const dates = await items.evaluateAll((lis) =>
        lis.map((li) => li.querySelector('time')?.getAttribute('datetime') ?? ''),
      );
      expect(dates.length).toBeGreaterThan(0);
      for (const date of dates) expect(date).toMatch(/^2024-07/);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('links each chart’s CSV as a file that holds every event, not as a data: address', async () => {
    const session = await openPage(browser, { width: 1280, height: 900 });
    try {
      const { page } = session;
      await page.goto(url(''));
      const hrefs = await page
        .locator('a[download$=".csv"]')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.length).toBeGreaterThanOrEqual(3);
      for (const href of hrefs) expect(href).toMatch(/^\/data\/german-aid-ukraine_[\w-]+\.csv$/);
      const timelineCsv = hrefs.find((h) => h.includes('timeline')) ?? '';
      const response = await page.request.get(url(timelineCsv.slice(1)));
      expect(response.headers()['content-type']).toMatch(/^text\/csv/);
      const rows = (await response.text()).trim().split('\n');
      const events = JSON.parse(readFileSync(join(copy, 'src/data/dataset.json'), 'utf8')).timeline
        .length as number;
      expect(rows).toHaveLength(events + 1);
    } finally {
      await session.close();
    }
  });
});
