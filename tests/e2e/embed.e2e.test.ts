/**
 * Embeds as a publisher uses them: the code copied from the dashboard's Embed dialog, pasted into
 * a page on another origin, sized to its content at phone and desktop widths; stray messages
 * ignored; downloads that hold what they say; links that restore their view.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchBrowser,
  openPage,
  saveScreenshot,
  startServer,
  waitForCharts,
  type PageSession,
  type RunningServer,
} from './support/browser';
import { embedHeight } from '../../src/features/share/embedSnippet';
import { startHost, type HostSite } from './support/hostSite';
import { RESULTS_DIR } from './support/paths';

let browser: Browser;
let site: RunningServer;
let snippet = '';
let host: HostSite;

beforeAll(async () => {
  [browser, site, host] = await Promise.all([launchBrowser(), startServer(), startHost()]);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await host?.close();
});

const hostPage = (name: string, body: string) => host.page(name, body);
const siteUrl = (path: string) => new URL(path, site.url).href;

describe('the Embed dialog on the dashboard', () => {
  it('opens from the chart, shows iframe + loader code, copies it, and closes with Esc', async () => {
    const session = await openPage(browser);
    try {
      const { page, context } = session;
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: new URL(site.url).origin,
      });
      await page.goto(siteUrl('/'));
      await waitForCharts(page);
      const frame = page.locator('figure.chart-frame').first();
      const button = frame.getByRole('button', { name: 'Embed' });
      await button.click();
      // Open: a closed dialog stays in the page, transparent and inert (EmbedDialog.css).
      const dialog = page
        .getByRole('dialog', { name: /^Embed this chart: Aid provided/ })
        .and(page.locator('[open]'));
      await dialog.waitFor();
      // Focus starts on the code, all of it selected, so Ctrl+C copies it at once.
      await expect
        .poll(() =>
          dialog
            .getByLabel('Embed code')
            .evaluate(
              (box: HTMLTextAreaElement) =>
                document.activeElement === box &&
                box.selectionStart === 0 &&
                box.selectionEnd === box.value.length,
            ),
        )
        .toBe(true);
      const code = await dialog.getByLabel('Embed code').inputValue();
      expect(code).toContain(`<iframe src="${siteUrl('/embed/aid-totals/')}"`);
      expect(code).toMatch(/title="Aid provided and exports authorised[^"]*"/);
      expect(code).toContain(`<script async src="${siteUrl('/embed.js')}"></script>`);
      await dialog.getByRole('button', { name: 'Copy code' }).click();
      await dialog.getByRole('status').filter({ hasText: 'Code copied' }).waitFor();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
      snippet = code;

      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);

      // On a wide screen it is a box over the dimmed page, and a tap beside it closes it.
      await button.click();
      await dialog.waitFor();
      expect(await page.evaluate(() => document.elementFromPoint(6, 6)?.className)).toBe(
        'dialog-backdrop',
      );
      const box = await dialog.boundingBox();
      expect(box && box.x > 6 && box.x + box.width < 1280 - 6).toBe(true);
      await page.mouse.click(6, 6);
      await dialog.waitFor({ state: 'hidden' });
      expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('is modal, and on a phone a sheet over the whole screen: focus stays in it, the page behind is inert, Close stays in reach', async () => {
    // Shorter than the sheet's content, so Close has to ride at the bottom as it scrolls.
    const session = await openPage(browser, { width: 412, height: 600 });
    try {
      const { page } = session;
      await page.goto(siteUrl('/'));
      await waitForCharts(page);
      const button = page.locator('figure.chart-frame').first().getByRole('button', {
        name: 'Embed',
      });
      await button.click();
      // Open: a closed dialog stays in the page, transparent and inert (EmbedDialog.css).
      const dialog = page
        .getByRole('dialog', { name: /^Embed this chart: Aid provided/ })
        .and(page.locator('[open]'));
      await dialog.waitFor();
      // Focus starts in the dialog (the code, selected for copying) and Tab never takes it to
      // the page behind: past the last control it goes to the browser's own controls (the body,
      // here), as from a native modal dialog, then comes back round.
      await page.waitForFunction(() => document.getElementById('root')?.inert === true);
      const where: string[] = [];
      for (let i = 0; i < 12; i++) {
        where.push(
          await page.evaluate(() => {
            const el = document.activeElement;
            if (el?.closest('dialog[open]')) return 'dialog';
            return el === document.body ? 'browser' : `page: ${el?.outerHTML.slice(0, 60)}`;
          }),
        );
        await page.keyboard.press('Tab');
      }
      expect(where[0]).toBe('dialog');
      expect(where.filter((w) => w !== 'dialog' && w !== 'browser')).toEqual([]);
      expect(where.lastIndexOf('dialog')).toBeGreaterThan(where.indexOf('browser'));
      // The sheet covers the page, corner to corner: no tap reaches the page behind.
      expect(await dialog.boundingBox()).toEqual({ x: 0, y: 0, width: 412, height: 600 });
      for (const corner of [
        { x: 2, y: 2 },
        { x: 409, y: 597 },
      ]) {
        expect(
          await page.evaluate(
            ({ x, y }) => !!document.elementFromPoint(x, y)?.closest('dialog'),
            corner,
          ),
        ).toBe(true);
      }
      // Its content runs past the screen, and Close stays at the bottom of it, in reach.
      expect(await dialog.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
      const close = dialog.getByRole('button', { name: 'Close' });
      const closeBox = await close.boundingBox();
      expect(closeBox && closeBox.y > 300 && closeBox.y + closeBox.height <= 600).toBe(true);
      await page.screenshot({ path: join(RESULTS_DIR, 'embed-dialog-412.png') });
      await close.click();
      await dialog.waitFor({ state: 'hidden' });
      expect(await page.evaluate(() => document.getElementById('root')?.inert)).toBe(false);
      expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
      // Closed, it stays in the page to open in one frame, but nothing of it is seen, tapped
      // or read: transparent, the pointer passes through it, and the browser's accessibility
      // tree has no dialog.
      const closed = page.locator('dialog.dialog').first();
      expect(await closed.evaluate((el) => getComputedStyle(el).opacity)).toBe('0');
      const centre = await closed.boundingBox();
      expect(
        await page.evaluate(
          ([x, y]) => !!document.elementFromPoint(x ?? 0, y ?? 0)?.closest('dialog'),
          [(centre?.x ?? 0) + (centre?.width ?? 0) / 2, (centre?.y ?? 0) + 20],
        ),
      ).toBe(false);
      const cdp = await page.context().newCDPSession(page);
      const { nodes } = await cdp.send('Accessibility.getFullAXTree');
      expect(nodes.filter((node) => node.role?.value === 'dialog')).toEqual([]);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

/** The embed's frame on the host page. */
async function embedFrame(page: Page): Promise<Frame> {
  const handle = await page.locator('iframe[data-german-aid-embed]').first().elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('the embed iframe has no frame');
  return frame;
}

/** Waits until the iframe's height equals its content's (the loader has done its work). */
async function settledHeights(
  page: Page,
): Promise<{ iframe: number; content: number; scroll: number }> {
  const frame = await embedFrame(page);
  await frame.locator('main.embed').waitFor();
  let last = { iframe: 0, content: -1, scroll: -1 };
  for (let i = 0; i < 50; i++) {
    const iframe = await page
      .locator('iframe[data-german-aid-embed]')
      .first()
      .evaluate((el) => el.getBoundingClientRect().height);
    const { content, scroll } = await frame.evaluate(() => ({
      content: Math.ceil(document.querySelector('main.embed')?.getBoundingClientRect().height ?? 0),
      scroll: document.documentElement.scrollHeight,
    }));
    last = { iframe, content, scroll };
    if (Math.abs(iframe - content) <= 1 && scroll <= iframe + 1) return last;
    await page.waitForTimeout(200);
  }
  return last;
}

describe.each([320, 640, 1024])('the snippet on another origin at %i px', (width) => {
  let session: PageSession;
  let page: Page;

  beforeAll(async () => {
    expect(snippet, 'the dialog test copies the snippet first').not.toBe('');
    session = await openPage(browser, { width, height: 800 });
    page = session.page;
    await page.goto(hostPage(`host-${width}.html`, snippet));
  });

  afterAll(async () => {
    await session?.close();
  });

  it('is on another origin than the dashboard', () => {
    expect(new URL(page.url()).origin).not.toBe(new URL(site.url).origin);
  });

  it('takes exactly its content’s height, with no inner scrollbar', async () => {
    const { iframe, content, scroll } = await settledHeights(page);
    expect(Math.abs(iframe - content)).toBeLessThanOrEqual(1);
    expect(scroll).toBeLessThanOrEqual(iframe + 1);
    // Drawn and readable, not a sliver.
    expect(iframe).toBeGreaterThan(400);
    const frame = await embedFrame(page);
    // Drawn from the first paint: the build's drawing until a reader reaches for the chart.
    await frame.locator('.chart-box svg:visible').first().waitFor();
    const overflow = await frame.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await saveScreenshot(page, `embed-host-${width}`);
  });

  it('follows its content when it changes (the Table tab)', async () => {
    const frame = await embedFrame(page);
    await frame.getByRole('tab', { name: 'Table' }).click();
    const { iframe, content } = await settledHeights(page);
    expect(Math.abs(iframe - content)).toBeLessThanOrEqual(1);
    await frame.getByRole('tab', { name: 'Chart' }).click();
    await settledHeights(page);
  });

  it('ignores height messages from other frames and from the host page itself', async () => {
    const before = (await settledHeights(page)).iframe;
    await page.evaluate(() => {
      const message = { type: 'german-aid-embed:height', height: 3333 };
      window.postMessage(message, '*');
      const other = document.createElement('iframe');
      other.srcdoc = `<script>parent.postMessage(${JSON.stringify(message)}, '*')</script>`;
      document.body.append(other);
    });
    await page.waitForTimeout(700);
    const after = await page
      .locator('iframe[data-german-aid-embed]')
      .first()
      .evaluate((el) => el.getBoundingClientRect().height);
    expect(after).toBe(before);
    expect(session.errors, session.errors.join('\n')).toEqual([]);
  });
});

describe('the oEmbed response', () => {
  it('pasted as it is by a content system that keeps scripts: the loader sizes the frame and puts the fallback away', async () => {
    const response = await fetch(siteUrl('/embed/aid-totals/oembed.json'));
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    // Any site may read it (a content system fetching it from the reader's browser).
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const json = (await response.json()) as { html: string; type: string };
    expect(json.type).toBe('rich');
    // Built without SITE_URL, its addresses are under the base path; a content system resolves
    // them against the site, as a build with SITE_URL writes them.
    const html = json.html.replaceAll('="/', `="${site.url}`);
    // The frame and loader of the dialog's code, behind a fallback for systems without scripts.
    expect(html).toMatch(/^<blockquote data-german-aid-fallback>/);
    expect(html).toContain(snippet.split('\n')[1]);
    const session = await openPage(browser, { width: 640, height: 800 });
    try {
      await session.page.goto(hostPage('host-oembed.html', html));
      const { iframe, content } = await settledHeights(session.page);
      expect(Math.abs(iframe - content)).toBeLessThanOrEqual(1);
      expect(iframe).toBeGreaterThan(400);
      await session.page.locator('blockquote').waitFor({ state: 'hidden' });
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

describe('the embed without the loader', () => {
  it('still shows the chart, at the height its code gives (the page’s own at 640 px)', async () => {
    const session = await openPage(browser, { width: 640, height: 900 });
    try {
      const { page } = session;
      const iframeOnly = snippet.split('\n')[0] ?? '';
      await page.goto(hostPage('host-no-loader.html', iframeOnly));
      const height = await page
        .locator('iframe[data-german-aid-embed]')
        .evaluate((el) => el.getBoundingClientRect().height);
      expect(height).toBe(embedHeight('aid-totals', 'en'));
      const frame = await embedFrame(page);
      await frame.locator('.chart-box svg:visible').first().waitFor();
    } finally {
      await session.close();
    }
  });
});

describe('embed pages', () => {
  it('/embed/ lists every embeddable chart with a link and a preview', async () => {
    const session = await openPage(browser);
    try {
      const { page } = session;
      const response = await page.goto(siteUrl('/embed/'));
      expect(response?.status()).toBe(200);
      await page.getByRole('heading', { level: 1, name: 'Embeddable charts' }).waitFor();
      for (const [name, href] of [
        [/^Aid provided/, '/embed/aid-totals/'],
        [/^537 surveillance drones/, '/embed/drones/'],
        [/^Timeline/, '/embed/timeline/'],
      ] as const) {
        expect(await page.getByRole('link', { name }).first().getAttribute('href')).toBe(href);
      }
      expect(await page.locator('iframe.embed-preview').count()).toBe(3);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('opens in dollars, transparent, on the Table tab, with the source line and no site navigation', async () => {
    const session = await openPage(browser, { width: 640, height: 900 });
    try {
      const { page } = session;
      await page.goto(siteUrl('/embed/aid-totals/?currency=USD&transparent=1&tab=table'));
      await page.getByRole('heading', { level: 1, name: /^Aid provided/ }).waitFor();
      const table = page.getByRole('table');
      await table.getByText('$11.03 billion').waitFor();
      expect(await page.getByRole('tab', { name: 'Table' }).getAttribute('aria-selected')).toBe(
        'true',
      );
      await page.getByText('Source: Defense News, report by Linus Höller, July 2024.').waitFor();
      expect(await page.getByRole('banner').count()).toBe(0);
      expect(await page.getByRole('radio').count()).toBe(0);
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe('rgba(0, 0, 0, 0)');
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('/embed/no-such-chart/ answers 404', async () => {
    const session = await openPage(browser);
    try {
      const response = await session.page.goto(siteUrl('/embed/no-such-chart/'));
      expect(response?.status()).toBe(404);
      await session.page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    } finally {
      await session.close();
    }
  });
});

describe('downloads from a dashboard chart', () => {
  let session: PageSession;
  let page: Page;

  beforeAll(async () => {
    session = await openPage(browser);
    page = session.page;
    await page.goto(siteUrl('/'));
    await waitForCharts(page);
  });

  afterAll(async () => {
    await session?.close();
  });

  async function download(name: RegExp): Promise<{ file: string; body: Buffer }> {
    const frame = page.locator('figure.chart-frame').first();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      frame.getByRole('button', { name }).or(frame.getByRole('link', { name })).click(),
    ]);
    const body = readFileSync(await file.path());
    // Kept beside the screenshots, to open in an image viewer or a spreadsheet.
    mkdirSync(RESULTS_DIR, { recursive: true });
    writeFileSync(join(RESULTS_DIR, file.suggestedFilename()), body);
    return { file: file.suggestedFilename(), body };
  }

  it('PNG: a real PNG at twice the size, named for what it holds', async () => {
    const { file, body } = await download(/^Download PNG$/);
    expect(file).toBe('german-aid-ukraine_aid-totals_eur_en.png');
    expect(body.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    const width = body.readUInt32BE(16);
    const height = body.readUInt32BE(20);
    expect(width).toBeGreaterThanOrEqual(1100);
    expect(width % 2).toBe(0);
    expect(height).toBeGreaterThan(width / 2);
  });

  it('SVG: title, drawing, notes and the source line inside the image', async () => {
    const { file, body } = await download(/^Download SVG$/);
    expect(file).toBe('german-aid-ukraine_aid-totals_eur_en.svg');
    const svg = body.toString('utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('Aid provided and exports authorised');
    expect(svg).toContain('Source: Defense News, report by Linus Höller, July 2024.');
    expect(svg).toContain('€10.2bn');
    expect(svg).not.toContain('var(--');
  });

  it('CSV: the exact figures with units and source', async () => {
    const { file, body } = await download(/^Download CSV$/);
    expect(file).toBe('german-aid-ukraine_aid-totals_eur_en.csv');
    const lines = body
      .toString('utf8')
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('measure,period,amount,currency,converted,as_of,as_of_basis,source');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(',10200000000,EUR,no,2024-04-30,stated,');
    // The authorisations run to the article's date, which is inferred, and the row says so.
    expect(lines[2]).toContain(',4880000000,EUR,no,2024-07-08,inferred,');
    expect(lines[1]).toContain('"Defense News, report by Linus Höller, July 2024"');
  });

  it('JSON: the whole dataset', async () => {
    const { file, body } = await download(/^Data \(JSON\)$/);
    expect(file).toBe('german-aid-ukraine_dataset.json');
    const data = JSON.parse(body.toString('utf8')) as { figures: unknown[]; quotes: unknown[] };
    expect(data.figures).toHaveLength(8);
    expect(data.quotes).toHaveLength(5);
    expect(session.errors).toEqual([]);
  });

  it('SVG made ahead as the pointer comes over the button is remade once the chart changes', async () => {
    // The pointer rests on Download SVG (the file is made ahead), then the reader picks dollars.
    await page
      .locator('figure.chart-frame')
      .first()
      .getByRole('button', { name: /^Download SVG$/ })
      .hover();
    await page.waitForTimeout(500);
    await page.getByRole('radio', { name: 'US dollar ($)' }).click();
    await page.waitForURL(/currency=USD/);
    const { file, body } = await download(/^Download SVG$/);
    expect(file).toBe('german-aid-ukraine_aid-totals_usd_en.svg');
    const svg = body.toString('utf8');
    expect(svg).toContain('$11.03');
    expect(svg).not.toContain('€10.2bn');
    expect(session.errors).toEqual([]);
  });
});

describe('state in the URL', () => {
  it('keeps the tab and currency in the URL, and Copy link restores the view', async () => {
    const session = await openPage(browser);
    try {
      const { page, context } = session;
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: new URL(site.url).origin,
      });
      await page.goto(siteUrl('/?currency=USD'));
      await waitForCharts(page);
      const frame = page.locator('figure.chart-frame').first();
      await frame.getByRole('tab', { name: 'Table' }).click();
      await page.waitForFunction(() => location.search.includes('tab=aid-totals:table'));
      await frame.getByRole('button', { name: 'Copy link' }).click();
      await frame.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
      const link = await page.evaluate(() => navigator.clipboard.readText());
      expect(link).toBe(siteUrl('/?currency=USD&tab=aid-totals:table#chart-aid-totals'));

      await page.goto(link);
      const restored = page.locator('#chart-aid-totals');
      await restored.getByRole('table').getByText('$11.03 billion').waitFor();
      expect(await restored.getByRole('tab', { name: 'Table' }).getAttribute('aria-selected')).toBe(
        'true',
      );
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
