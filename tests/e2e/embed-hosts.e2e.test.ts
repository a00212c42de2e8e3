/**
 * Embeds where publishers really put them, each on another origin at 320, 640 and 1024 px:
 * (a) our code with the loader; (b) the iframe alone at its oEmbed size (an editor that strips
 * scripts); (c) the oEmbed html as WordPress keeps it (its filter, sandbox and wp-embed script,
 * support/wordpress.ts); (d) the picture form, for newsletters and feeds. In each, every chart
 * and its whole source line are in view inside the frame, no frame scrolls where the host can
 * size it, Chart | Table | Sources answer, and neither document logs an error.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHARTS } from '../../src/charts/registry';
import { dataset } from '../../src/data/dataset';
import { EMBED_WIDTH, embedHeight, embedSnippet } from '../../src/features/share/embedSnippet';
import { imageSnippet } from '../../src/features/share/imageSnippet';
import { registerAllCatalogues } from '../../src/lib/i18n/registerAllCatalogues';
import { translate } from '../../src/lib/i18n/translate';
import type { Lang } from '../../src/lib/locale';
import { DEFAULT_OPTIONS } from '../../src/lib/urlOptions';
import {
  browserAndSiteForFile,
  openPage,
  saveScreenshot,
  type PageSession,
  LIVE_CHART,
} from './support/browser';
import { startHost, type HostSite } from './support/hostSite';
import { DIST_DIR, RESULTS_DIR, ROOT_DIR } from './support/paths';
import { updatingReferences } from './support/updating';
import { WP_EMBED_SCRIPT, wordPressFilter } from './support/wordpress';

registerAllCatalogues();
const env = browserAndSiteForFile();
let host: HostSite;

beforeAll(async () => {
  host = await startHost();
});

afterAll(async () => {
  await host?.close();
});

const t =
  (lang: Lang) =>
  (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate(lang, key, params);
const SOURCE_LINE = 'Source: Defense News, report by Linus Höller, July 2024.';
/** WordPress's limits on a frame's height (wp-embed). */
const WP_MAX = 1000;

/** A chart's oEmbed html as the build wrote it, its addresses absolute (as with SITE_URL). */
function oembedHtml(chartId: string, lang: Lang = 'en'): string {
  const file = join(DIST_DIR, lang === 'de' ? 'de' : '', 'embed', chartId, 'oembed.json');
  const { html } = JSON.parse(readFileSync(file, 'utf8')) as { html: string };
  return html.replaceAll('="/', `="${env.site.url}`);
}

type Form = 'snippet' | 'iframe' | 'wordpress';

/** What a publisher's page holds for each chart, in each form. */
function pasted(form: Form | 'image', lang: Lang = 'en'): { body: string; script?: string } {
  const parts = CHARTS.map((spec, i) => {
    const title = t(lang)('embed.iframeTitle', { title: t(lang)(spec.titleKey) });
    switch (form) {
      case 'snippet':
        return embedSnippet(env.site.url, spec, title, { ...DEFAULT_OPTIONS, lang });
      case 'iframe':
        return /<iframe[^>]*><\/iframe>/.exec(oembedHtml(spec.id, lang))?.[0] ?? '';
      case 'wordpress':
        return wordPressFilter(oembedHtml(spec.id, lang), `Secret${i}abcd`);
      case 'image':
        return imageSnippet(env.site.url, spec, {
          dataset,
          lang,
          currency: 'EUR',
          t: t(lang),
        });
    }
  });
  const body = parts.map((part) => `<div class="embed-slot">${part}</div>`).join('\n');
  return form === 'wordpress' ? { body, script: WP_EMBED_SCRIPT } : { body };
}

const resultPath = (name: string) => {
  mkdirSync(RESULTS_DIR, { recursive: true });
  return join(RESULTS_DIR, name);
};

/** A theme's rule, as most have: frames and pictures never wider than the column. */
const THEME = 'iframe,img{max-width:100%} .embed-slot{margin:2rem 0}';

async function frames(page: Page): Promise<Frame[]> {
  const handles = await page.locator('iframe').elementHandles();
  return Promise.all(
    handles.map(async (handle) => {
      const frame = await handle.contentFrame();
      if (!frame) throw new Error('an iframe without its page');
      return frame;
    }),
  );
}

/** What a frame shows and how it sits in the host page, measured inside it. */
interface Look {
  chart: string;
  /** The frame's height on the host page. */
  frame: number;
  /** The page's own height with room enough (the fit off), and folded. */
  natural: number;
  folded: number;
  fit: 'none' | 'folded' | 'tight';
  /** The document scrolls inside the frame (a host's fixed frame, no fit). */
  scrolls: boolean;
  /** The source line: whole and in view. */
  sourceInView: boolean;
  sourceText: string;
  /** How much of the chart's box is in view, in px of height. */
  chartInView: number;
}

async function look(frame: Frame): Promise<Look> {
  const element = await frame.frameElement();
  await element.scrollIntoViewIfNeeded();
  const height = (await element.boundingBox())?.height ?? 0;
  const inside = await frame.evaluate(() => {
    const root = document.documentElement;
    const fit = root.dataset.fit;
    const height = (as: string | undefined) => {
      if (as) root.dataset.fit = as;
      else delete root.dataset.fit;
      return Math.ceil(document.getElementById('root')?.getBoundingClientRect().height ?? 0);
    };
    const natural = height(undefined);
    const folded = height('folded');
    height(fit);
    const footer = document.querySelector('.chart-footer');
    const rect = footer?.getBoundingClientRect();
    const box = document
      .querySelector('.tabs-panel:not([hidden]) .chart-box')
      ?.getBoundingClientRect();
    const panel = document.querySelector('.tabs-panel:not([hidden])')?.getBoundingClientRect();
    const seen = (r: DOMRect | undefined) =>
      r && panel
        ? Math.max(0, Math.min(r.bottom, panel.bottom, innerHeight) - Math.max(r.top, panel.top, 0))
        : 0;
    return {
      chart: document.querySelector('figure[data-chart]')?.getAttribute('data-chart') ?? '',
      natural,
      folded,
      fit: (fit ?? 'none') as 'none' | 'folded' | 'tight',
      scrolls: root.scrollHeight > innerHeight + 1,
      sourceInView: !!rect && rect.height > 0 && rect.top >= 0 && rect.bottom <= innerHeight + 0.5,
      sourceText: footer?.textContent ?? '',
      chartInView: seen(box),
    };
  });
  return { ...inside, frame: height };
}

/** Waits until every frame has answered its host (or, for a host that cannot, has loaded). */
async function settled(page: Page, form: Form): Promise<void> {
  for (const frame of await frames(page)) {
    await (await frame.frameElement()).scrollIntoViewIfNeeded();
    await frame.locator('main.embed').waitFor();
  }
  if (form === 'iframe') return;
  // Heights no longer change: each frame took the height its page asked for.
  await page.waitForFunction(
    (wp) =>
      [...document.querySelectorAll('iframe')].every((f) =>
        wp ? !f.hasAttribute('style') : f.getAttribute('scrolling') === 'no',
      ),
    form === 'wordpress',
  );
  await page.waitForTimeout(300);
}

/** Resolves once no frame on the page has changed its size or place for a few frames. */
async function stillFrames(page: Page): Promise<void> {
  let last = '';
  for (let i = 0; i < 40; i++) {
    const now = JSON.stringify(
      await page.$$eval('iframe', (list) => list.map((f) => [f.offsetTop, f.offsetHeight])),
    );
    if (now === last) return;
    last = now;
    await page.waitForTimeout(150);
  }
}

/** A page that counts the clicks it receives (COUNT_CLICKS). */
type Counted = Window & { clicks?: number };

/**
 * Run in every page of a session, frames included: counts the clicks that reach it, before any
 * listener of the page's own. A tap that never reached the frame's page (Chromium hit-tests
 * another origin's frame where it was last drawn, and the host may just have moved it) is made
 * again, as a reader would; a tap the page received and did not answer fails, and says what the
 * frame showed. (Twice in a few dozen full runs a first tap showed nothing. The next time, this
 * count told which: a first tap on Table, our snippet at 640 px, never reached the frame's page.)
 */
function COUNT_CLICKS(): void {
  const counted = window as Counted;
  const count = () => {
    counted.clicks = (counted.clicks ?? 0) + 1;
  };
  addEventListener('click', count, { capture: true });
}

/**
 * Table, Sources and back to Chart, as a reader taps them: each answers, the credit stays. After
 * each tap the host may resize the frame (and the page scroll to keep its place): the next tap
 * waits for the frames to stand still, as a reader's eye would.
 */
async function walkTabs(page: Page, frame: Frame, lang: Lang = 'en'): Promise<void> {
  const tap = async (tab: 'chart' | 'table' | 'sources') => {
    for (let attempt = 1; ; attempt++) {
      await stillFrames(page);
      const before = await frame.evaluate(() => (window as Counted).clicks ?? 0);
      await frame.getByRole('tab', { name: t(lang)(`chart.tab.${tab}`) }).click();
      const reached = await frame
        .waitForFunction((n) => ((window as Counted).clicks ?? 0) > n, before, { timeout: 3000 })
        .then(
          () => true,
          () => false,
        );
      if (reached) return;
      if (attempt === 3) throw new Error(`${frame.url()}: no tap on ${tab} reached the page`);
      console.warn(`${frame.url()}: a tap on ${tab} never reached the page; tapping again`);
    }
  };
  // Waits for what a tab shows; if it never shows, says what the frame showed instead.
  const shows = async (what: Locator, after: string) => {
    try {
      await what.first().waitFor();
    } catch (error) {
      const state = await frame.evaluate(() => ({
        url: location.href,
        awake: 'awake' in (document.getElementById('root')?.dataset ?? {}),
        fit: document.documentElement.dataset.fit ?? 'none',
        tabs: [...document.querySelectorAll('[role="tab"]')].map(
          (tab) => `${tab.textContent}:${tab.getAttribute('aria-selected')}`,
        ),
        panels: [...document.querySelectorAll<HTMLElement>('[role="tabpanel"]')].map(
          (panel) => `${panel.className}${panel.hidden ? '[hidden]' : ''}`,
        ),
      }));
      throw new Error(`nothing shown after ${after}: ${JSON.stringify(state)}`, { cause: error });
    }
  };
  // The page refits itself in the frame after the one that showed the new tab (fitToFrame): the
  // source line is back in view by then, or it is a fault.
  const sourceInView = async (after: string) =>
    expect
      .poll(async () => (await look(frame)).sourceInView, {
        message: `${frame.url()}: source line after ${after}`,
        timeout: 2000,
        interval: 50,
      })
      .toBe(true);
  await tap('table');
  await shows(frame.getByRole('table'), 'Table');
  await sourceInView('Table');
  await tap('sources');
  await shows(frame.locator('.tabs-panel:not([hidden]) blockquote.excerpt'), 'Sources');
  await sourceInView('Sources');
  await tap('chart');
  await shows(frame.locator('.tabs-panel:not([hidden]) .chart-box'), 'Chart');
  await stillFrames(page);
}

describe.each([320, 640, 1024])('on a publisher’s page %i px wide', (width) => {
  describe.each<Form>(['snippet', 'iframe', 'wordpress'])('pasted as %s', (form) => {
    let session: PageSession;
    let page: Page;

    beforeAll(async () => {
      session = await openPage(env.browser, { width, height: 900 });
      page = session.page;
      await session.context.addInitScript(COUNT_CLICKS);
      const { body, script } = pasted(form);
      await page.goto(host.page(`${form}-${width}.html`, body, { style: THEME, script }));
      await settled(page, form);
    });

    afterAll(async () => {
      await session?.close();
    });

    it('shows every chart with its whole source line in view, at a height the host can give', async () => {
      const looks = await Promise.all((await frames(page)).map(look));
      expect(looks.map((l) => l.chart)).toEqual(CHARTS.map((c) => c.id));
      for (const l of looks) {
        const where = `${l.chart} (${JSON.stringify(l)})`;
        expect(l.sourceText, where).toBe(SOURCE_LINE);
        expect(l.sourceInView, where).toBe(true);
        expect(l.chartInView, where).toBeGreaterThan(100);
        // Never a frame that scrolls as a whole: the page fits it, or the host sizes it.
        expect(l.scrolls, where).toBe(false);
        // The fit a frame of that height calls for: none, folded, or tight (fitToFrame).
        const fitFor = (frame: number) =>
          l.natural <= frame ? 'none' : l.folded <= frame ? 'folded' : 'tight';
        if (form === 'snippet' || (form === 'wordpress' && l.natural <= WP_MAX)) {
          // The host sizes the frame: exactly the content, and no fit.
          expect(Math.abs(l.frame - l.natural), where).toBeLessThanOrEqual(1);
          expect(l.fit, where).toBe('none');
        } else if (form === 'wordpress') {
          // Taller than WordPress allows: the page asks for its folded height, or the most.
          expect(l.frame, where).toBe(Math.min(l.folded, WP_MAX));
          expect(l.fit, where).toBe(fitFor(l.frame));
          expect(l.fit, where).not.toBe('none');
        } else {
          // A fixed frame at the code's height: the page's own at 640 px, fitted elsewhere.
          expect(l.frame, where).toBe(embedHeight(l.chart, 'en'));
          expect(l.fit, where).toBe(fitFor(l.frame));
        }
      }
      // Each frame as the reader sees it (a full-page picture leaves other origins' frames blank).
      for (const [i, frame] of (await frames(page)).entries()) {
        const element = await frame.frameElement();
        await element.scrollIntoViewIfNeeded();
        await element.screenshot({
          path: resultPath(`embed-${form}-${width}-${looks[i]?.chart}.png`),
        });
      }
    });

    it('answers Chart | Table | Sources in every frame, and logs no error in either page', async () => {
      for (const frame of await frames(page)) await walkTabs(page, frame);
      if (form !== 'iframe') await settled(page, form);
      expect(session.errors, session.errors.join('\n')).toEqual([]);
    });
  });

  describe('as a picture, for newsletters and feeds', () => {
    it('shows each chart’s picture whole, linked to the chart, with its credit as text', async () => {
      const session = await openPage(env.browser, { width, height: 900 });
      try {
        const { page } = session;
        const { body } = pasted('image');
        await page.goto(host.page(`image-${width}.html`, body, { style: THEME }));
        const pictures = page.locator('.embed-slot img');
        expect(await pictures.count()).toBe(CHARTS.length);
        for (const [i, spec] of CHARTS.entries()) {
          const picture = pictures.nth(i);
          await picture.scrollIntoViewIfNeeded();
          await page.waitForFunction(
            (img) => (img as HTMLImageElement).complete,
            await picture.elementHandle(),
          );
          const shown = await picture.evaluate((img: HTMLImageElement) => ({
            natural: [img.naturalWidth, img.naturalHeight],
            width: img.getBoundingClientRect().width,
            height: img.getBoundingClientRect().height,
            alt: img.alt,
            href: img.closest('a')?.href,
          }));
          expect(shown.natural).toEqual([1200, 630]);
          expect(shown.width).toBe(Math.min(width, 600));
          expect(Math.round(shown.height)).toBe(Math.round((shown.width * 630) / 1200));
          expect(shown.alt.startsWith(`${t('en')(spec.titleKey)}. `)).toBe(true);
          expect(shown.href).toBe(
            new URL(spec.kind === 'timeline' ? '/#timeline' : `/#chart-${spec.id}`, env.site.url)
              .href,
          );
          const credit = page.locator('.embed-slot').nth(i).locator('p');
          await expect(credit.textContent()).resolves.toBe(
            `${SOURCE_LINE} Chart: German military aid to Ukraine`,
          );
          expect(await credit.isVisible()).toBe(true);
        }
        expect(session.errors, session.errors.join('\n')).toEqual([]);
        await saveScreenshot(page, `embed-image-${width}`);
      } finally {
        await session.close();
      }
    });
  });
});

describe('the size embed code and oEmbed give a frame', () => {
  it.each<Lang>(['en', 'de'])('is each embed page’s real height at 640 px (%s)', async (lang) => {
    const session = await openPage(env.browser, { width: EMBED_WIDTH, height: 900 });
    try {
      const { page } = session;
      const { body } = pasted('iframe', lang);
      await page.goto(host.page(`sizes-${lang}.html`, body, { style: 'main{padding:0}' }));
      await settled(page, 'iframe');
      const given = Object.fromEntries(CHARTS.map((c) => [c.id, embedHeight(c.id, lang)]));
      // Measured until it holds (or 5 s): a page still settling on a loaded machine is waited for.
      const measure = async () => {
        const looks: Look[] = [];
        for (const frame of await frames(page)) looks.push(await look(frame));
        return looks;
      };
      let looks = await measure();
      for (let i = 0; i < 25 && !updatingReferences; i += 1) {
        if (looks.every((l) => l.natural === given[l.chart] && l.frame === l.natural)) break;
        await page.waitForTimeout(200);
        looks = await measure();
      }
      const measured = Object.fromEntries(looks.map((l) => [l.chart, l.natural]));
      if (updatingReferences) {
        const file = join(ROOT_DIR, 'src/features/share/embedHeights.json');
        const table = JSON.parse(readFileSync(file, 'utf8')) as {
          heights: Record<string, Record<Lang, number>>;
        };
        for (const [id, height] of Object.entries(measured)) {
          table.heights[id] = { ...table.heights[id], [lang]: height } as Record<Lang, number>;
        }
        writeFileSync(file, `${JSON.stringify(table, null, 2)}\n`);
        return;
      }
      expect(
        measured,
        'src/features/share/embedHeights.json is out of date: run npm run build && npm run test:e2e -- embed-hosts --update, then build again',
      ).toEqual(given);
      for (const l of looks) {
        expect(l.frame).toBe(l.natural);
        expect(l.fit).toBe('none');
      }
    } finally {
      await session.close();
    }
  });
});

describe('a frame that cannot grow, down to 280 × 400', () => {
  it.each([
    ['an editor’s bare iframe', ''],
    ['a sandbox like WordPress’s', 'sandbox="allow-scripts"'],
  ])('in %s, each chart keeps its title and whole source line in view', async (_, sandbox) => {
    const session = await openPage(env.browser, { width: 320, height: 500 });
    try {
      const { page } = session;
      const body = CHARTS.map(
        (spec) =>
          `<iframe src="${env.site.url}embed/${spec.id}/" width="280" height="400" title="${spec.id}" ${sandbox}></iframe>`,
      ).join('');
      await page.goto(host.page(`small${sandbox ? '-sandboxed' : ''}.html`, body));
      for (const frame of await frames(page)) {
        await frame.locator('main.embed').waitFor();
        const l = await look(frame);
        expect(l.fit, l.chart).toBe('tight');
        expect(l.sourceInView, l.chart).toBe(true);
        expect(l.scrolls, l.chart).toBe(false);
        const title = await frame.locator('h1').evaluate((h) => {
          const r = h.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= innerHeight;
        });
        expect(title, l.chart).toBe(true);
        // What does not fit is a scroll away, in the chart's body: kept within reach of keys.
        const body = await frame.evaluate(() => {
          const panel = document.querySelector<HTMLElement>('.tabs-panel:not([hidden])');
          const stop = panel?.matches('[tabindex="0"]') || !!panel?.querySelector('[tabindex="0"]');
          return { scrolls: (panel?.scrollHeight ?? 0) > (panel?.clientHeight ?? 0), stop };
        });
        expect(body, l.chart).toEqual({ scrolls: true, stop: true });
        await (
          await frame.frameElement()
        ).screenshot({
          path: resultPath(`embed-280x400${sandbox ? '-sandboxed' : ''}-${l.chart}.png`),
        });
      }
      // The actions, gathered behind one button: it opens them over the chart, Esc puts them away.
      const frame = (await frames(page))[0];
      if (!frame) throw new Error('no frame');
      await frame.getByRole('button', { name: 'More options' }).click();
      await frame.getByRole('button', { name: 'Copy link' }).waitFor();
      expect(
        await frame.getByRole('link', { name: /^Full dashboard/ }).isVisible(),
        'the dashboard link is in the sheet',
      ).toBe(true);
      if (sandbox) {
        // Downloads are refused there: the sheet says so instead of offering them.
        expect(await frame.getByRole('button', { name: 'Download PNG' }).count()).toBe(0);
        await frame.getByText('Downloads are blocked in this frame.').waitFor();
      } else {
        await frame.getByRole('button', { name: 'Download PNG' }).waitFor();
      }
      await (
        await frame.frameElement()
      ).screenshot({
        path: resultPath(`embed-280x400${sandbox ? '-sandboxed' : ''}-menu.png`),
      });
      await page.keyboard.press('Escape');
      await frame.getByRole('button', { name: 'Copy link' }).waitFor({ state: 'hidden' });
      expect(session.errors, session.errors.join('\n')).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

describe('in WordPress', () => {
  it('before its frame answers (no scripts at all), the fallback links the chart and credits it', async () => {
    const session = await openPage(env.browser, {
      width: 640,
      height: 900,
      javaScriptEnabled: false,
    });
    try {
      const { page } = session;
      const { body } = pasted('wordpress');
      await page.goto(host.page('wordpress-no-scripts.html', body));
      const quotes = page.locator('blockquote.wp-embedded-content');
      expect(await quotes.count()).toBe(CHARTS.length);
      for (const [i, spec] of CHARTS.entries()) {
        const quote = quotes.nth(i);
        expect(await quote.isVisible()).toBe(true);
        expect(await quote.textContent()).toBe(`${t('en')(spec.titleKey)}. ${SOURCE_LINE}`);
        expect(await quote.getByRole('link').getAttribute('href')).toBe(
          new URL(spec.kind === 'timeline' ? '/#timeline' : `/#chart-${spec.id}`, env.site.url)
            .href,
        );
      }
    } finally {
      await session.close();
    }
  });

  it('the chart’s app runs in the sandbox: the live chart, copying, and the dashboard in the reader’s window', async () => {
    const session = await openPage(env.browser, { width: 640, height: 900 });
    try {
      const { page } = session;
      const { body, script } = pasted('wordpress');
      await page.goto(host.page('wordpress-app.html', body, { style: THEME, script }));
      await settled(page, 'wordpress');
      const [frame] = await frames(page);
      if (!frame) throw new Error('no frame');
      expect(await frame.evaluate(() => window.origin)).toBe('null');
      // Its scripts come from our site to a page with no origin: allowed by CORS, so it wakes.
      await frame.locator('.chart-box').hover();
      await frame.locator('.chart-box').locator(LIVE_CHART).first().waitFor();
      await frame.getByRole('button', { name: 'Copy link' }).click();
      await frame.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
      expect(await frame.getByRole('button', { name: 'Download PNG' }).count()).toBe(0);
      // A new window is refused there: WordPress opens the dashboard in the reader's own.
      await frame.getByRole('link', { name: /^Full dashboard/ }).click();
      await page.waitForURL(env.site.url);
      expect(session.errorsExcept(), session.errors.join('\n')).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

describe('every file a sandboxed embed loads', () => {
  it('may be read from any origin', async () => {
    const html = readFileSync(join(DIST_DIR, 'embed', 'drones', 'index.html'), 'utf8');
    const root = /<div id="root"([^>]*)>/.exec(html)?.[1] ?? '';
    const named = [...root.matchAll(/data-[\w-]+="([^"]+)"/g)].flatMap((m) =>
      (m[1] ?? '').split(' ').filter((v) => v.startsWith('/')),
    );
    const boot = /<script type="module" crossorigin src="([^"]+)"/.exec(html)?.[1];
    const dataset = /href="(\/assets\/dataset-[^"]+\.json)"/.exec(html)?.[1];
    const files = [
      boot,
      dataset,
      ...named,
      '/embed.js',
      '/previews/drones-en.png',
      '/embed/drones/oembed.json',
    ];
    expect(named.length).toBeGreaterThanOrEqual(4);
    for (const file of files) {
      expect(file, 'a file the page names').toBeDefined();
      const response = await fetch(new URL(file ?? '', env.site.url), {
        headers: { Origin: 'null' },
      });
      expect(response.status, file).toBe(200);
      expect(response.headers.get('access-control-allow-origin'), file).toBe('*');
    }
  });
});
