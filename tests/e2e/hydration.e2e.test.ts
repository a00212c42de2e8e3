/**
 * Every page hydrates to exactly what was prerendered. Production React keeps a prerendered
 * attribute that differs from the app's without a word (a link, a label), so this file builds a
 * copy of the site with React's development code (`npm run build -- --react-development`),
 * which reports each mismatch, and wakes every page and its charts in Chromium.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchBrowser,
  openPage,
  startServer,
  waitForCharts,
  type TestSite,
} from './support/browser';
import { copyRepository } from '../../scripts/copyRepository';

/** The pages, with the live charts each must wake; 404s answer with their status. */
const PAGES: readonly (readonly [path: string, charts: number])[] = [
  ['', 2],
  ['?currency=USD&tab=aid-totals:table', 1],
  ['?lang=de', 2],
  ['embed/', 0],
  ['embed/aid-totals/', 1],
  ['embed/drones/', 1],
  ['embed/drones/?theme=dark&transparent=1', 1],
  ['embed/timeline/', 0],
  ['present/?slide=8', 0],
  ['present/?view=presenter&slide=8', 0],
  ['nope/', 0],
  ['embed/nope/', 0],
  ['de/', 2],
  ['de/embed/drones/', 1],
  ['de/present/?slide=9', 0],
  ['de/nope/', 0],
];

const EXPECTED_404 = /Failed to load resource: the server responded with a status of 404/;

/** Wakes what a reader would: the app, each chart, the parts that come later as they scroll. */
async function wake(page: Page, charts: number): Promise<void> {
  await page.evaluate(() =>
    document
      .querySelector('main')
      ?.dispatchEvent(new PointerEvent('pointerover', { bubbles: true })),
  );
  await page.waitForSelector('#root[data-awake]', { state: 'attached' });
  if (charts > 0) await waitForCharts(page, charts);
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 600) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  // Later parts hydrate on idle; give them the time a reader's scroll would.
  await page.waitForTimeout(500);
}

describe('hydration, with React development code reporting every mismatch', () => {
  let copy: string;
  const env = {} as TestSite;

  beforeAll(async () => {
    copy = copyRepository();
    const build = spawnSync('npm', ['run', 'build', '--silent', '--', '--react-development'], {
      cwd: copy,
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`the build failed:\n${build.stderr}`);
    [env.browser, env.site] = await Promise.all([launchBrowser(), startServer(join(copy, 'dist'))]);
  }, 240_000);

  afterAll(async () => {
    await env.browser?.close();
    await env.site?.close();
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it.each(PAGES)('/%s hydrates with no warning', async (path, charts) => {
    const session = await openPage(env.browser);
    try {
      await session.page.goto(`${env.site.url}${path}`);
      await wake(session.page, charts);
      expect(session.errorsExcept(EXPECTED_404)).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
