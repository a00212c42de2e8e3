/**
 * The walk every engine readers use must pass (Firefox, WebKit; Chromium has the whole e2e
 * suite): the dashboard's figures and baked charts, the currency and a Table tab before and after
 * the app wakes, a phone's width, the German edition, the deck, an embed sized on another origin
 * and the same chart in WordPress's sandbox, keyboard focus, and no error on the host's page.
 * Each engine's test file calls walk() with its driver; every failure names the engine.
 */
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { aidTotalsSpec } from '../../src/charts/aidTotalsSpec';
import { embedSnippet } from '../../src/features/share/embedSnippet';
import { registerAllCatalogues } from '../../src/lib/i18n/registerAllCatalogues';
import { translate } from '../../src/lib/i18n/translate';
import { DEFAULT_OPTIONS } from '../../src/lib/urlOptions';
import { startHost, type HostSite } from '../e2e/support/hostSite';
import { WP_EMBED_SCRIPT, wordPressFilter } from '../e2e/support/wordpress';
import { HOST_ERROR_RECORDER, until, type Engine, type EngineTab } from './support/engine';

registerAllCatalogues();

/** The texts of the dashboard's figure cards, in euros and as a reader sees them. */
const FIGURES = ['€10.2 billion', '€4.88 billion', '537 drones', '3 Patriot systems', '700 staff'];

export function walk(start: () => Promise<Engine>): void {
  let engine: Engine;
  let host: HostSite;
  const site = inject('siteUrl');
  const url = (path: string) => new URL(path, site).href;

  beforeAll(async () => {
    [engine, host] = await Promise.all([start(), startHost()]);
  });
  afterAll(async () => {
    await engine?.quit();
    await host?.close();
  });

  /** A fresh tab at the given size for one check, closed after, its errors checked. */
  async function withTab(width: number, height: number, check: (tab: EngineTab) => Promise<void>) {
    const tab = await engine.open(width, height);
    try {
      await check(tab);
      expect(await tab.errors(), `${engine.name}: errors on the page`).toEqual([]);
    } finally {
      await tab.close();
    }
  }

  /** What the reader sees as text (innerText follows display, unlike textContent). */
  const seen = (tab: EngineTab, selector: string, frame?: number) =>
    tab.evaluate(
      (s: string) => [...document.querySelectorAll<HTMLElement>(s)].map((e) => e.innerText.trim()),
      [selector],
      frame,
    );
  const awake = (tab: EngineTab) =>
    tab.evaluate(() => document.querySelector('.chart-actions button:not(.pending)') !== null);

  it('shows the dashboard’s figures and both charts as the build drew them', async () => {
    await withTab(1280, 900, async (tab) => {
      await tab.goto(site);
      const values = await seen(tab, '.figure-value');
      for (const figure of FIGURES) {
        expect(values, `${engine.name}: the figure ${figure}`).toContain(figure);
      }
      const drawings = await tab.evaluate(() =>
        [...document.querySelectorAll('figure[data-chart] .chart-box')].map((box) => {
          const svg = [...box.querySelectorAll('svg')].find(
            (s) => s.getBoundingClientRect().width > 0,
          );
          const r = svg?.getBoundingClientRect();
          return [
            box.closest('figure')?.getAttribute('data-chart'),
            Math.round(r?.width ?? 0),
            Math.round(r?.height ?? 0),
          ];
        }),
      );
      const charts = drawings.filter(([id]) => id === 'aid-totals' || id === 'drones');
      expect(
        charts.map(([id]) => id),
        `${engine.name}: the baked charts`,
      ).toEqual(['aid-totals', 'drones']);
      for (const [id, width, height] of charts) {
        expect(
          Number(width) * Number(height),
          `${engine.name}: ${id}'s drawing has a size`,
        ).toBeGreaterThan(200 * 200);
      }
    });
  });

  it('switches the currency and shows a Table before the app wakes, and after', async () => {
    await withTab(1280, 900, async (tab) => {
      await tab.goto(site);
      // Tapped and read in one script: the app cannot wake between them, so what answers is the
      // page's boot script alone.
      const before = await tab.evaluate(() => {
        document.querySelector<HTMLInputElement>('input[name="currency"][value="USD"]')?.click();
        document
          .querySelector<HTMLElement>(
            'figure[data-chart="aid-totals"] [role="tab"][data-tab="table"]',
          )
          ?.click();
        const table = document.querySelector('figure[data-chart="aid-totals"] table');
        return {
          awake: 'awake' in (document.getElementById('root')?.dataset ?? {}),
          currency: document.documentElement.dataset.currency,
          figure: document.querySelector<HTMLElement>('.figure-value')?.innerText.trim(),
          table: !!table && table.getBoundingClientRect().height > 0,
        };
      });
      expect(before, `${engine.name}: before the app`).toEqual({
        awake: false,
        currency: 'USD',
        figure: '$11.03 billion',
        table: true,
      });
      // A real tap wakes the app (a browser without idle callbacks, as Safari, waits for one),
      // and from then on the app answers, keeping the choices in the address.
      await tab.click('input[name="currency"][value="EUR"]');
      await until(() => awake(tab), `${engine.name}: the app to wake`);
      await tab.click('figure[data-chart="aid-totals"] [role="tab"][data-tab="chart"]');
      await tab.click('figure[data-chart="aid-totals"] [role="tab"][data-tab="table"]');
      await until(
        () => tab.evaluate(() => location.search === '?tab=aid-totals:table'),
        `${engine.name}: the address to keep the tab (and drop the currency)`,
      );
      expect((await seen(tab, '.figure-value'))[0], `${engine.name}: euros again`).toBe(
        '€10.2 billion',
      );
      expect(
        await seen(tab, 'figure[data-chart="aid-totals"] table td'),
        `${engine.name}: the table after the app`,
      ).toContain('€10.2 billion');
    });
  });

  it('lays the dashboard out at 375 px with nothing to scroll sideways', async () => {
    /** The page's viewport and laid-out width, every section laid out (not only those near). */
    const widths = (frame?: number) =>
      tab375.evaluate(
        () => {
          const style = document.createElement('style');
          style.textContent = '* { content-visibility: visible !important; }';
          document.head.append(style);
          return [innerWidth, document.documentElement.scrollWidth];
        },
        [],
        frame,
      );
    let tab375: EngineTab;
    await withTab(375, 800, async (tab) => {
      tab375 = tab;
      await tab.goto(site);
      let [viewport, width] = await widths();
      if (viewport !== 375) {
        // A window this engine cannot make so narrow (WebKitGTK's MiniBrowser stops at 447 px):
        // the dashboard in a frame 375 px wide, whose viewport it is (global-setup.ts lets the
        // engines' copy of the site be framed).
        await tab.goto(
          host.page(
            `narrow-${engine.name}.html`,
            `<iframe src="${site}" width="375" height="800" title="dashboard"></iframe>`,
            { style: 'iframe{border:0;display:block}' },
          ),
        );
        await until(
          () => tab.evaluate(() => document.querySelector('h1') !== null, [], 0).catch(() => false),
          `${engine.name}: the dashboard in its frame`,
        );
        [viewport, width] = await widths(0);
      }
      expect(viewport, `${engine.name}: the viewport`).toBe(375);
      expect(width, `${engine.name}: the page's width`).toBeLessThanOrEqual(375);
    });
  });

  it('speaks German under /de/', async () => {
    await withTab(1280, 900, async (tab) => {
      await tab.goto(url('de/'));
      const page = await tab.evaluate(() => ({
        lang: document.documentElement.lang,
        title: document.querySelector('h1')?.textContent?.trim(),
      }));
      expect(page, `${engine.name}: the German page`).toEqual({
        lang: 'de',
        title: translate('de', 'site.title'),
      });
      expect(await seen(tab, '.figure-value'), `${engine.name}: German amounts`).toContain(
        '10,2\u00a0Mrd.\u00a0€',
      );
    });
  });

  it('shows a chart slide and goes on with →', async () => {
    await withTab(1280, 800, async (tab) => {
      await tab.goto(url('present/?slide=8'));
      const chart = () =>
        tab.evaluate(() => {
          const svg = document.querySelector('.slide-chart svg');
          return svg ? Math.round(svg.getBoundingClientRect().width) : 0;
        });
      await until(async () => (await chart()) > 600, `${engine.name}: the slide's chart`);
      // A tap on the slide's title wakes the deck (on the chart it would focus the chart, which
      // keeps the arrows for its points); → is pressed once the deck has scaled its stage.
      await tab.click('.slide-main');
      await until(
        () => tab.evaluate(() => document.querySelector('.slide-stage[data-scale]') !== null),
        `${engine.name}: the deck to wake`,
      );
      await tab.press('ArrowRight');
      await until(
        () => tab.evaluate(() => new URLSearchParams(location.search).get('slide') === '9'),
        `${engine.name}: → to the next slide`,
      );
    });
  });

  it('stands a chart slide upright on a portrait screen, and finds slide 12 in the overview', async () => {
    await withTab(700, 1000, async (tab) => {
      await tab.goto(url('present/?slide=8'));
      // The address's slide is drawn once the app is here (the page itself shows the first).
      await until(
        () =>
          tab.evaluate(
            () => document.querySelector('.slide-stage[aria-label="Slide 8 of 16"]') !== null,
          ),
        `${engine.name}: slide 8`,
      );
      await tab.click('.slide-main');
      const shape = () =>
        tab.evaluate(() => {
          const stage = document.querySelector<HTMLElement>('.slide-stage[data-scale]');
          const svg = stage?.querySelector('.slide-chart svg');
          return {
            shape: stage?.dataset.shape,
            cover: stage ? stage.getBoundingClientRect().width / innerWidth : 0,
            chart: svg ? svg.getBoundingClientRect().height / innerHeight : 0,
          };
        });
      await until(
        async () => (await shape()).shape === 'portrait' && (await shape()).chart > 0.35,
        `${engine.name}: the upright slide and its chart`,
      );
      expect((await shape()).cover, `${engine.name}: slide width / screen`).toBeGreaterThan(0.85);
      await tab.press('o');
      await until(
        () =>
          tab.evaluate(
            () =>
              document.activeElement?.getAttribute('aria-current') === 'true' &&
              document.querySelectorAll('.deck-overview a').length === 16,
          ),
        `${engine.name}: the overview, the current slide focused`,
      );
      for (let i = 0; i < 4; i++) await tab.press('ArrowRight');
      await tab.press('Enter');
      await until(
        () => tab.evaluate(() => new URLSearchParams(location.search).get('slide') === '12'),
        `${engine.name}: slide 12 from the overview`,
      );
    });
  });

  it('opens the Embed dialog as a modal: focus in it, the page behind inert, focus back on Close', async () => {
    await withTab(1280, 900, async (tab) => {
      await tab.goto(url(''));
      const embed = 'figure[data-chart="aid-totals"] .chart-actions-row button';
      // The chart coming into view wakes the app, as it does for a reader scrolling to it.
      await tab.evaluate(
        (s: string) => document.querySelector(s)?.scrollIntoView({ block: 'center' }),
        [embed],
      );
      await until(() => awake(tab), `${engine.name}: the app to wake`);
      await tab.click(embed);
      await until(
        () =>
          tab.evaluate(
            () =>
              !!document.activeElement?.closest('dialog[open]') &&
              document.getElementById('root')?.inert === true,
          ),
        `${engine.name}: the dialog open, holding focus, the page behind inert`,
      );
      for (let i = 0; i < 4; i++) {
        await tab.press('Tab');
        expect(
          await tab.evaluate(() => {
            const el = document.activeElement;
            return !!el?.closest('dialog[open]') || el === document.body;
          }),
          `${engine.name}: Tab ${i + 1} stays off the page behind`,
        ).toBe(true);
      }
      await tab.click('dialog[open] .dialog-close');
      await until(
        () =>
          tab.evaluate(
            (s: string) =>
              !document.querySelector('dialog[open]') &&
              document.getElementById('root')?.inert === false &&
              document.activeElement === document.querySelector(s),
            [embed],
          ),
        `${engine.name}: the dialog closed, the page back, focus on Embed`,
      );
    });
  });

  it('keeps a timeline embed to the months its address asks for', async () => {
    await withTab(320, 800, async (tab) => {
      await tab.goto(url('embed/timeline/?from=2024-07&to=2024-07'));
      await until(
        () =>
          tab.evaluate(() =>
            (document.querySelector('.timeline-window')?.textContent ?? '').includes('July 2024'),
          ),
        `${engine.name}: the window's note`,
      );
      const dates = await tab.evaluate(() =>
        [...document.querySelectorAll('.timeline-compact-item time')].map(
          (t) => t.getAttribute('datetime') ?? '',
        ),
      );
      expect(dates.length, `${engine.name}: events in July 2024`).toBeGreaterThan(0);
      for (const date of dates) expect(date, engine.name).toMatch(/^2024-07/);
    });
  });

  it('sizes the embed code’s frame on another site to its content', async () => {
    await withTab(480, 900, async (tab) => {
      const title = translate('en', 'embed.iframeTitle', {
        title: translate('en', aidTotalsSpec.titleKey),
      });
      const code = embedSnippet(site, aidTotalsSpec, title, DEFAULT_OPTIONS);
      await tab.goto(
        host.page(`embed-${engine.name}.html`, code, { headScript: HOST_ERROR_RECORDER }),
      );
      const heights = async () => {
        const frame = await tab.evaluate(() =>
          Math.round(document.querySelector('iframe')?.getBoundingClientRect().height ?? 0),
        );
        const content = await tab.evaluate(
          () => Math.ceil(document.getElementById('root')?.getBoundingClientRect().height ?? 0),
          [],
          0,
        );
        return { frame, content };
      };
      await until(
        async () => {
          const { frame, content } = await heights();
          return content > 0 && Math.abs(frame - content) <= 1;
        },
        `${engine.name}: the frame to take its content's height (${JSON.stringify(await heights())})`,
      );
      // Not the code's own height (the page's at 640 px): the loader sized it.
      expect((await heights()).frame).not.toBe(Number(/height="(\d+)"/.exec(code)?.[1]));
    });
  });

  it('runs the same chart in WordPress’s sandboxed frame', async () => {
    await withTab(640, 1000, async (tab) => {
      // As WordPress reads it: the site's own oEmbed, absolute (built with SITE_URL).
      const oembed = (await (await fetch(url('embed/aid-totals/oembed.json'))).json()) as {
        html: string;
      };
      const html = wordPressFilter(oembed.html);
      await tab.goto(
        host.page(`wordpress-${engine.name}.html`, html, {
          headScript: HOST_ERROR_RECORDER,
          script: WP_EMBED_SCRIPT,
        }),
      );
      // WordPress shows the frame and hides the fallback once the frame speaks its protocol.
      await until(
        () =>
          tab.evaluate(() => {
            const frame = document.querySelector('iframe');
            const quote = document.querySelector('blockquote');
            return (
              !!frame &&
              !frame.hasAttribute('style') &&
              !!quote &&
              getComputedStyle(quote).display === 'none'
            );
          }),
        `${engine.name}: WordPress to show the frame`,
      );
      const inside = await tab.evaluate(
        () => ({
          origin: window.origin,
          sandboxed: 'sandboxed' in document.documentElement.dataset,
          height: Math.ceil(document.getElementById('root')?.getBoundingClientRect().height ?? 0),
        }),
        [],
        0,
      );
      expect(inside.origin, `${engine.name}: an opaque origin`).toBe('null');
      expect(inside.sandboxed, `${engine.name}: the page knows its sandbox`).toBe(true);
      const frameHeight = await tab.evaluate(() =>
        Number(document.querySelector('iframe')?.height),
      );
      expect(
        Math.abs(frameHeight - inside.height),
        `${engine.name}: WordPress sized the frame`,
      ).toBeLessThanOrEqual(1);
      await tab.click('[role="tab"][data-tab="table"]', 0);
      await until(
        async () => (await seen(tab, 'table td', 0)).includes('€10.2 billion'),
        `${engine.name}: the Table tab in the sandbox`,
      );
    });
  });

  it('shows where the keyboard is on the first stops', async () => {
    await withTab(1280, 900, async (tab) => {
      await tab.goto(site);
      for (let stop = 1; stop <= 4; stop += 1) {
        await tab.press('Tab');
        const focus = await tab.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          const r = el.getBoundingClientRect();
          return {
            name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40),
            inView: r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight,
            ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          };
        });
        expect(focus, `${engine.name}: stop ${stop} has focus`).not.toBeNull();
        expect(
          focus,
          `${engine.name}: stop ${stop} (${focus?.name}) is seen with its ring`,
        ).toMatchObject({
          inView: true,
          ring: true,
        });
      }
    });
  });
}
