/**
 * What a reader on a slow phone feels after the first paint, measured in Chromium with its CPU
 * slowed 4× (CDP Emulation.setCPUThrottlingRate): how long a chart takes to appear once scrolled
 * to, and how long the first tap on a control takes to answer, 2 s after load or 2 s after
 * scrolling to a chart. Each is the median of fresh loads. Used by `npm run bench`; never a test,
 * since timings flake on shared machines.
 */
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from './chromiumArgs';
import { median } from './median';

export interface Latency {
  name: string;
  runs: number[];
  budget: number;
}

/**
 * Where the reader's taps are timed from: the pointerdown, stamped by the page's own clock. Also
 * defines the helper tsx adds to functions it compiles (they run in the page, which lacks it).
 */
const STAMP_TAPS = `
  window.__name = (f) => f;
  window.addEventListener('pointerdown', () => { window.benchTap = performance.now(); }, { capture: true });
`;

type Check = 'dollars' | 'table' | 'dialog' | 'chart';

/**
 * Resolves with the time of the first frame at which the page shows the answer. Runs in the page
 * (through the DevTools protocol, so the page's CSP does not apply) from before the tap.
 */
function answeredAt(page: Page, check: Check): Promise<number> {
  return page.evaluate((what) => {
    const visible = (el: Element | null | undefined) =>
      !!el && (el as HTMLElement).getBoundingClientRect().height > 0;
    const checks: Record<Check, () => boolean> = {
      dollars: () =>
        [...document.querySelectorAll('.figure-value')].some((el) =>
          el.textContent?.includes('$11.03'),
        ),
      table: () => visible(document.querySelector('#charts [role="tabpanel"]:not([hidden]) table')),
      dialog: () => !!document.querySelector('dialog[open]'),
      chart: () => {
        const box = document.querySelector('#charts .chart-box');
        const top = box?.getBoundingClientRect().top ?? Infinity;
        const svgs = box ? [...box.querySelectorAll('svg')] : [];
        return (
          top < window.innerHeight && svgs.some((svg) => svg.getBoundingClientRect().width > 0)
        );
      },
    };
    // A page that never answers is reported as such (NaN), not waited for forever.
    const giveUp = performance.now() + 15_000;
    return new Promise<number>((resolve) => {
      const poll = () => {
        if (checks[what]()) resolve(performance.now());
        else if (performance.now() > giveUp) resolve(Number.NaN);
        else requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
    });
  }, check);
}

const tapTime = (page: Page) =>
  page.evaluate(() => (window as unknown as { benchTap: number }).benchTap);
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function scrollToCharts(page: Page): Promise<number> {
  const answered = answeredAt(page, 'chart');
  const start = await page.evaluate(() => {
    const start = performance.now();
    document.querySelector('#charts .chart-box')?.scrollIntoView({ block: 'center' });
    return start;
  });
  return (await answered) - start;
}

async function tap(page: Page, check: Check, click: () => Promise<void>): Promise<number> {
  const answered = answeredAt(page, check);
  await click();
  return (await answered) - (await tapTime(page));
}

export async function readerLatencies(siteUrl: string, loads = 3): Promise<Latency[]> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const results: Record<string, number[]> = {};
  const record = (name: string, ms: number) => (results[name] ??= []).push(ms);
  try {
    for (let i = 0; i < loads; i++) {
      for (const journey of ['currency', 'table', 'embed'] as const) {
        const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
        const page = await context.newPage();
        await page.addInitScript(STAMP_TAPS);
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        await page.goto(siteUrl, { waitUntil: 'load' });
        await wait(2000);
        if (journey === 'currency') {
          record(
            'first tap on "US dollar", 2 s after load',
            await tap(page, 'dollars', () =>
              page.getByRole('radio', { name: 'US dollar ($)' }).click(),
            ),
          );
        } else {
          record('chart drawn after it scrolls into view', await scrollToCharts(page));
          await wait(2000);
          const chart = page.locator('#charts figure.chart-frame').first();
          if (journey === 'table') {
            record(
              'first tap on a Table tab, 2 s after scrolling',
              await tap(page, 'table', () => chart.getByRole('tab', { name: 'Table' }).click()),
            );
          } else {
            record(
              'first tap on Embed, 2 s after scrolling',
              await tap(page, 'dialog', () => chart.getByRole('button', { name: 'Embed' }).click()),
            );
          }
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  return Object.entries(results).map(([name, runs]) => ({
    name,
    runs,
    budget: 100,
  }));
}

export function formatLatencies(latencies: Latency[]): string[] {
  return latencies.map(
    ({ name, runs, budget }) =>
      `  ${name.padEnd(48)} ${`${Math.round(median(runs))} ms`.padStart(8)}   budget ≤ ${budget} ms   (runs: ${runs.map((r) => Math.round(r)).join(', ')})`,
  );
}

// `tsx scripts/readerLatency.ts http://localhost:4173/` measures a site already being served.
if (import.meta.url === `file://${process.argv[1]}` && process.argv[2]) {
  const loads = Number(process.argv[3] ?? 3);
  console.log(formatLatencies(await readerLatencies(process.argv[2], loads)).join('\n'));
}
