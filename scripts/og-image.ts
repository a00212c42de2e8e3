/**
 * Draws public/og-image.png, the 1200×630 preview shown when a link to the dashboard is shared:
 * the built page's header and first figures, photographed in Chromium. Run after `npm run build`
 * whenever the headline figures change: `npx tsx scripts/og-image.ts`.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './serve.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { server, url } = await serve({ dir: join(root, 'dist') });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
  await page.goto(url);
  // A preview is a poster, not a page: drop controls and long text, keep title and figures.
  await page.addStyleTag({
    content: `.switch, .standfirst, .section-intro, #figures-heading, .figure-asof,
      .figure-source, .figure-measure, .figure-note, .figure-grid-context, #charts, #quotes,
      #timeline, #sources { display: none !important; }
      .figure-card { min-height: 0 !important; height: auto !important; }
      .site-header { padding-block: 36px 20px !important; }
      .section { padding-top: 24px !important; }
      .figure-grid { grid-template-columns: repeat(3, 1fr) !important; gap: 20px !important; }
      .figure-card { padding: 18px 24px !important; }
      .figure-value { font-size: 2.3rem !important; margin: 0 !important; }`,
  });
  await page.screenshot({ path: join(root, 'public', 'og-image.png') });
  console.log('wrote public/og-image.png');
} finally {
  await browser.close();
  server.close();
}
