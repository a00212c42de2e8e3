/**
 * The offline file as it is used in a room without internet: opened from disk over file:// with
 * every network request blocked, it shows the dashboard and runs the whole talk.
 */
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlePresent, isInArticle } from '../support/articleText';
import {
  launchBrowserForOfflineFile,
  LIVE_CHART,
  openPage,
  saveScreenshot,
} from './support/browser';
import { OFFLINE_FILE } from './support/paths';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowserForOfflineFile();
});

afterAll(async () => {
  await browser?.close();
});

describe('the offline file over file:// with the network blocked', () => {
  it('shows the dashboard, its charts, and runs the presentation', async () => {
    const session = await openPage(browser, { width: 1280, height: 800 });
    try {
      const { page, context } = session;
      const network: string[] = [];
      await context.route(/^(https?|wss?):/, (route) => {
        network.push(route.request().url());
        return route.abort();
      });
      const url = pathToFileURL(OFFLINE_FILE).href;
      await page.goto(url);
      await page
        .getByRole('heading', { level: 1, name: 'German military aid to Ukraine' })
        .waitFor();
      await page.getByText('€10.2 billion', { exact: true }).first().waitFor();
      // Each chart shows the build's drawing at once; the live chart takes over when reached for.
      const boxes = await page.locator('figure.chart-frame .chart-box').all();
      expect(boxes).toHaveLength(2);
      for (const box of boxes) {
        await box.scrollIntoViewIfNeeded();
        expect(await box.locator('svg.chart-baked-svg:visible').count()).toBe(1);
      }
      expect(
        await page.locator('svg.chart-baked-svg:visible path.recharts-rectangle').count(),
      ).toBe(2);
      for (const box of boxes) {
        await box.hover();
        await box.locator(LIVE_CHART).first().waitFor({ state: 'attached' });
      }
      expect(await page.locator('blockquote q, .quote-text q').count()).toBeGreaterThanOrEqual(5);
      const quoted = await page.evaluate(() =>
        [...document.querySelectorAll('blockquote, q')].map((el) => el.textContent ?? ''),
      );
      if (articlePresent) expect(quoted.filter((text) => !isInArticle(text))).toEqual([]);
      await saveScreenshot(page, 'offline-dashboard');
      // No CSV files lie beside the file: each chart's CSV link carries its table.
      const csv = page.locator('figure.chart-frame').first().getByRole('link', {
        name: 'Download CSV',
      });
      const href = (await csv.getAttribute('href')) ?? '';
      expect(href).toMatch(/^data:text\/csv;charset=utf-8,/);
      expect(decodeURIComponent(href)).toContain('measure,period,amount,currency');

      // The header's Present link is a hash route inside the same file.
      await page.getByRole('link', { name: 'Present' }).click();
      await page.waitForFunction(() => location.hash === '#/present/');
      const stage = page.locator('main.deck section.slide-stage');
      await stage.and(page.locator('[aria-label="Slide 1 of 16"]')).waitFor();
      await page.keyboard.press('ArrowRight');
      await stage.and(page.locator('[aria-label="Slide 2 of 16"]')).waitFor();
      expect(await stage.innerText()).toContain('€10.2 billion');
      await page.keyboard.press('End');
      await stage.and(page.locator('[aria-label="Slide 16 of 16"]')).waitFor();
      await page.getByRole('link', { name: 'Back to the dashboard' }).click();
      await page.getByRole('region', { name: 'The figures' }).waitFor();

      expect(network, 'requests the offline file made').toEqual([]);
      expect(session.errors, session.errors.join('\n')).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
