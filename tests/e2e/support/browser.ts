/**
 * Shared e2e plumbing: one Chromium per test file, the built site on a free port, and pages that
 * record every console error and uncaught page error so a test can assert there were none.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../../scripts/chromiumArgs';
import { afterAll, beforeAll } from 'vitest';
import { serve } from '../../../scripts/serve.js';
import { existsSync } from 'node:fs';
import { DIST_DIR, OFFLINE_FILE, RESULTS_DIR } from './paths';

/**
 * A chart once it is live: the Recharts surface, or the build's drawing made live (the money
 * chart where the page holds its drawing, LiveBakedChart).
 */
export const LIVE_CHART = 'svg.recharts-surface, .baked-live';

/** Waits used inside tests: short, so a missing element fails fast instead of at testTimeout. */
export const STEP_TIMEOUT = 10_000;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/** Chromium for the offline file, once the file is there (it is built apart from dist/). */
export async function launchBrowserForOfflineFile(): Promise<Browser> {
  if (!existsSync(OFFLINE_FILE))
    throw new Error('dist-offline/index.html is missing: run `npm run build:offline`');
  return launchBrowser();
}

export interface RunningServer {
  /** Base URL, ending in "/". */
  url: string;
  close: () => Promise<void>;
}

/** Serves dist/ exactly as a static host would (404.html with status 404 for unknown paths). */
export async function startServer(dir = DIST_DIR): Promise<RunningServer> {
  const { server, url } = await serve({ dir });
  return {
    url,
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => (error ? fail(error) : done()));
        // Chromium keeps connections alive; close them or server.close() waits for their timeout.
        server.closeAllConnections();
      }),
  };
}

export interface PageOptions {
  width?: number;
  height?: number;
  javaScriptEnabled?: boolean;
}

export interface PageSession {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught page errors, in the order they happened. */
  errors: string[];
  /** The errors, minus those matching any of `ignore` (e.g. the 404 of a page meant to be missing). */
  errorsExcept: (...ignore: RegExp[]) => string[];
  close: () => Promise<void>;
}

/** A fresh context and page (own cookies, storage and viewport) that records its errors. */
export async function openPage(
  browser: Browser,
  { width = 1280, height = 900, javaScriptEnabled = true }: PageOptions = {},
): Promise<PageSession> {
  const context = await browser.newContext({
    viewport: { width, height },
    javaScriptEnabled,
    colorScheme: 'light',
    locale: 'en-GB',
    timezoneId: 'UTC',
  });
  context.setDefaultTimeout(STEP_TIMEOUT);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    errors.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  return {
    page,
    context,
    errors,
    errorsExcept: (...ignore) => errors.filter((e) => !ignore.some((re) => re.test(e))),
    close: () => context.close(),
  };
}

/** Saves a full-page screenshot as test-results/<name>.png and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(RESULTS_DIR, { recursive: true });
  const path = resolve(RESULTS_DIR, `${name}.png`);
  // Sections off screen skip rendering (content-visibility: auto); a full-page picture needs all.
  await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
  await page.screenshot({ path, fullPage: true, animations: 'disabled' });
  return path;
}

/** Resolves once both Recharts surfaces exist, i.e. the page has hydrated and loaded its charts. */
/** Charts load as they near the viewport, so each chart box is scrolled to before waiting. */
export async function waitForCharts(page: Page, count = 2): Promise<void> {
  // In the page, not via locators: a box can hide mid-way (hydration applies ?tab=…:table).
  await page.evaluate(async () => {
    for (const box of document.querySelectorAll<HTMLElement>('figure.chart-frame .chart-box')) {
      if (!box.offsetParent) continue;
      box.scrollIntoView({ block: 'center' });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
  // A live chart mounts when the reader reaches for it (a pointer over its box): until then the
  // page shows the build's drawing, and an embed page waits for that pointer to wake at all.
  // Reach for each box until the live charts are in.
  await page.waitForFunction(
    ({ n, live }) => {
      for (const box of document.querySelectorAll('figure.chart-frame .chart-box')) {
        box.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
        box.dispatchEvent(new PointerEvent('pointerenter'));
      }
      return document.querySelectorAll(`figure.chart-frame :is(${live})`).length >= n;
    },
    { n: count, live: LIVE_CHART },
    { timeout: STEP_TIMEOUT, polling: 100 },
  );
}

export interface TestSite {
  browser: Browser;
  site: RunningServer;
}

/**
 * One Chromium and the built site for a test file: started before its tests, closed after.
 * Read `browser` and `site` inside tests and hooks (they are set once beforeAll has run).
 */
export function browserAndSiteForFile(): TestSite {
  const env = {} as TestSite;
  beforeAll(async () => {
    [env.browser, env.site] = await Promise.all([launchBrowser(), startServer()]);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  return env;
}
