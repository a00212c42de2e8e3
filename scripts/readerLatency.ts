/**
 * What a reader on a slow phone feels after the first paint, measured in Chromium with its CPU
 * slowed 4× (CDP Emulation.setCPUThrottlingRate): how long a chart takes to appear once scrolled
 * to, and how long the first use of each control takes to answer, 2 s after load or 2 s after
 * scrolling to a chart, on the dashboard, an embed page and the deck. Each is the median of fresh
 * loads. Used by `npm run bench`; never a test, since timings flake on shared machines.
 *
 * The language switch is a plain link to the other edition's prerendered page: the browser
 * answers it by navigating, and the page's first paint is what Lighthouse measures.
 */
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from './chromiumArgs';
import { inpOf } from './inpOf';
import { median } from './median';

export interface Latency {
  name: string;
  runs: number[];
  budget: number;
  /** Which use each run's figure came from, where it is the worst of several. */
  from?: string[];
  /** The use's page's INP in each run, from the browser's Event Timing (inpOf). */
  eventTiming?: number[];
}

/**
 * Where each use is timed from: the reader's first pointer or key event after `benchArm()`,
 * stamped by the page's own clock; a download is answered when its link is clicked. Also defines
 * the helper tsx adds to functions it compiles (they run in the page, which lacks it).
 */
const STAMP_USES = `
  window.__name = (f) => f;
  window.benchArm = () => { window.benchUse = undefined; window.benchDownload = undefined; };
  for (const type of ['pointerdown', 'pointerover', 'keydown']) {
    window.addEventListener(type, () => { window.benchUse ??= performance.now(); }, { capture: true });
  }
  // What the browser itself reports of each interaction (Event Timing, as INP and real-user
  // monitoring read it): input to the next paint, in 8 ms steps, from 16 ms up; an interaction's
  // events (pointerdown to click, keydown and keyup) are one, as long as its longest.
  window.benchInteractions = {};
  // What the focused chart's live region says (its tooltip, read out).
  window.benchSaid = () =>
    document.activeElement?.closest('.chart-box')?.querySelector('[aria-live]')?.textContent ?? '';
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const id = entry.interactionId;
      if (id) window.benchInteractions[id] = Math.max(window.benchInteractions[id] ?? 0, entry.duration);
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  // A deck that plays on its own (?autoplay=3) is timed from its timer firing.
  const setTimer = window.setTimeout;
  window.setTimeout = (fn, ms, ...rest) =>
    setTimer(
      typeof fn === 'function' && ms === 3000
        ? (...args) => { window.benchUse ??= performance.now(); fn(...args); }
        : fn,
      ms,
      ...rest,
    );
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    if (this.hasAttribute('download')) window.benchDownload ??= performance.now();
    return click.call(this);
  };
`;

type Check =
  | 'dollars'
  | 'table'
  | 'dialog'
  | 'chart'
  | 'copied'
  | 'download'
  | 'tooltip'
  | 'focus'
  | 'slide3'
  | 'drone1'
  | 'drone537'
  | 'bar1'
  | 'bar2';

/**
 * Resolves with the time of the first frame at which the page shows the answer. Runs in the page
 * (through the DevTools protocol, so the page's CSP does not apply) from before the use.
 */
function answeredAt(page: Page, check: Check): Promise<number> {
  return page.evaluate((what) => {
    const visible = (el: Element | null | undefined) =>
      !!el && (el as HTMLElement).getBoundingClientRect().height > 0;
    const frame = () => document.querySelector('figure.chart-frame');
    const said = () => (window as unknown as { benchSaid: () => string }).benchSaid();
    const highlighted = () =>
      visible(
        document.activeElement
          ?.closest('.chart-box')
          ?.querySelector('.chart-highlight, .recharts-tooltip-wrapper'),
      );
    const checks: Record<Check, () => boolean> = {
      dollars: () =>
        // innerText: the words shown (cards hold both currencies, CSS shows one).
        [...document.querySelectorAll<HTMLElement>('.figure-value')].some((el) =>
          el.innerText.includes('$11.03'),
        ),
      table: () => visible(frame()?.querySelector('[role="tabpanel"]:not([hidden]) table')),
      dialog: () => !!document.querySelector('dialog[open]'),
      chart: () => {
        const box = frame()?.querySelector('.chart-box');
        const top = box?.getBoundingClientRect().top ?? Infinity;
        const svgs = box ? [...box.querySelectorAll('svg')] : [];
        return (
          top < window.innerHeight && svgs.some((svg) => svg.getBoundingClientRect().width > 0)
        );
      },
      copied: () => !!frame()?.querySelector('.chart-actions [role="status"]')?.textContent?.trim(),
      download: () => (window as unknown as { benchDownload?: number }).benchDownload !== undefined,
      // The baked drawing's tooltip (tipBeforeApp) or the live chart's, whichever is first.
      tooltip: () =>
        visible(document.querySelector('.bake-tooltip:not([hidden]) .chart-tooltip')) ||
        [...(frame()?.querySelectorAll<HTMLElement>('.recharts-tooltip-wrapper') ?? [])].some(
          (wrapper) =>
            wrapper.style.visibility === 'visible' && !!wrapper.querySelector('.chart-tooltip'),
        ),
      focus: () => !!document.activeElement?.closest('figure.chart-frame .chart-box'),
      slide3: () =>
        /\b3 of\b|\b3 von\b/.test(document.querySelector('.deck-progress')?.textContent ?? ''),
      // What the focused chart's live region says, and its highlight or tooltip in sight.
      drone1: () => said().endsWith('Drone 1 of 537') && highlighted(),
      drone537: () => said().endsWith('Drone 537 of 537') && highlighted(),
      bar1: () => said().startsWith('€10.2bn') && highlighted(),
      bar2: () => said().startsWith('€4.88bn') && highlighted(),
    };
    // A page that never answers is reported as such (NaN), not waited for forever.
    const giveUp = performance.now() + 15_000;
    return new Promise<number>((resolve) => {
      const poll = () => {
        if (checks[what]()) {
          const download = (window as unknown as { benchDownload?: number }).benchDownload;
          resolve(what === 'download' && download !== undefined ? download : performance.now());
        } else if (performance.now() > giveUp) resolve(Number.NaN);
        else requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
    });
  }, check);
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function timeUse(page: Page, check: Check, act: () => Promise<void>): Promise<number> {
  await page.evaluate(() => (window as unknown as { benchArm: () => void }).benchArm());
  const answered = answeredAt(page, check);
  await act();
  const at = await answered;
  return at - (await page.evaluate(() => (window as unknown as { benchUse: number }).benchUse));
}

async function scrollToCharts(page: Page): Promise<number> {
  const answered = answeredAt(page, 'chart');
  const start = await page.evaluate(() => {
    const start = performance.now();
    document.querySelector('figure.chart-frame .chart-box')?.scrollIntoView({ block: 'center' });
    return start;
  });
  return (await answered) - start;
}

/**
 * A reader's pointer coming to rest on the first bar (or drone): it arrives, then keeps moving a
 * pixel at a time, as a hand does, until the tooltip shows (or 5 s have passed).
 */
async function overFirstMark(page: Page, chart: Locator): Promise<void> {
  const box = await chart.locator('.chart-box').boundingBox();
  if (!box) throw new Error('the chart has no box');
  // The first bar sits in the left half of the plot, a little below its middle.
  const x = box.x + box.width * 0.3;
  const y = box.y + box.height * 0.6;
  await page.mouse.move(x, y);
  const until = Date.now() + 5000;
  for (let i = 1; Date.now() < until; i++) {
    const shown = await page.evaluate(
      () =>
        !!document.querySelector('.bake-tooltip:not([hidden])') ||
        [...document.querySelectorAll<HTMLElement>('.recharts-tooltip-wrapper')].some(
          (wrapper) => wrapper.style.visibility === 'visible',
        ),
    );
    if (shown) return;
    await page.mouse.move(x + (i % 2), y);
    await wait(16);
  }
}

/**
 * A tap through the browser's own input (CDP), at the control's centre. Not Playwright's click():
 * it runs its checks in the page (hit-target listeners, role queries) while the events are
 * dispatched, and that work was counted in the answer's time.
 *
 * `mouse`: the pointer comes to the control, rests, then presses, as a hand on a mouse does; the
 * use is timed from the press. Moving and pressing in the same instant would queue the press
 * behind the move, which Chromium holds for the next frame (≈ 16 ms that no reader's tap waits).
 * `finger`: it lands and presses at once, with nothing before it to hover (a phone), for pages
 * where a pointer coming over would itself do something: an embed wakes its app on it.
 */
async function tap(target: Locator, hand: 'mouse' | 'finger' = 'mouse'): Promise<void> {
  const box = await target.boundingBox();
  const page = target.page();
  const { height } = page.viewportSize() ?? { height: 0 };
  if (!box || box.y < 0 || box.y + box.height > height) {
    throw new Error(`${String(target)} is not on the screen to be tapped`);
  }
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  if (hand === 'finger') {
    await page.mouse.click(x, y);
    return;
  }
  await page.mouse.move(x, y);
  await wait(250);
  await page.evaluate(() => (window as unknown as { benchArm: () => void }).benchArm());
  await page.mouse.down();
  await page.mouse.up();
}

interface Journey {
  name: string;
  path: string;
  /** Scroll the first chart into view (and time its drawing) before the use. */
  scroll?: boolean;
  /** Which chart on the page the use is on (0, the first, unless said). */
  chart?: number;
  /** Untimed steps before the use: the live chart focused, say. */
  prepare?: (page: Page, chart: Locator) => Promise<void>;
  check: Check;
  act: (page: Page, chart: Locator) => Promise<void>;
  /** Milliseconds at 4× CPU; 50 unless the journey says otherwise. */
  budget?: number;
}

/**
 * A chart once live: a Recharts surface (or the drones' waffle, on one), or the money chart's
 * baked drawing made live (LiveBakedChart).
 */
const LIVE = 'svg.recharts-surface[tabindex], .baked-live';

/** The chart's live drawing in, by keyboard focus on its box, and focused. */
async function focusLiveChart(_page: Page, chart: Locator): Promise<void> {
  const box = chart.locator('.chart-box');
  await box.evaluate((el: HTMLElement) => {
    el.scrollIntoView({ block: 'center' });
    el.focus();
  });
  await box.locator(LIVE).first().waitFor();
  await box.evaluate((el, live) => el.querySelector<HTMLElement | SVGElement>(live)?.focus(), LIVE);
  await wait(1000);
}

const JOURNEYS: Journey[] = [
  {
    name: 'first tap on "US dollar", 2 s after load',
    path: '',
    check: 'dollars',
    act: (page) => tap(page.getByRole('radio', { name: 'US dollar ($)' })),
  },
  {
    name: 'first tap on a Table tab, 2 s after scrolling',
    path: '',
    scroll: true,
    check: 'table',
    act: (_, chart) => tap(chart.getByRole('tab', { name: 'Table' })),
  },
  {
    name: 'first tap on Embed, 2 s after scrolling',
    path: '',
    scroll: true,
    check: 'dialog',
    act: (_, chart) => tap(chart.getByRole('button', { name: 'Embed' })),
  },
  {
    name: 'first tap on Copy link, 2 s after scrolling',
    path: '',
    scroll: true,
    check: 'copied',
    act: (_, chart) => tap(chart.getByRole('button', { name: 'Copy link' })),
  },
  {
    name: 'first tap on Download SVG, 2 s after scrolling',
    path: '',
    scroll: true,
    check: 'download',
    act: (_, chart) => tap(chart.getByRole('button', { name: 'Download SVG' })),
  },
  {
    name: 'tooltip after the pointer reaches a bar, 2 s after scrolling',
    path: '',
    scroll: true,
    check: 'tooltip',
    act: (page, chart) => overFirstMark(page, chart),
  },
  {
    name: 'Tab from the Chart tab into the chart, 2 s after scrolling',
    path: '',
    scroll: true,
    check: 'focus',
    act: async (page, chart) => {
      await chart.getByRole('tab', { name: 'Chart' }).evaluate((tab: HTMLElement) => tab.focus());
      await page.keyboard.press('Tab');
    },
  },
  {
    name: 'drones chart, focused: End (to square 537)',
    path: '',
    chart: 1,
    prepare: focusLiveChart,
    check: 'drone537',
    act: (page) => page.keyboard.press('End'),
  },
  {
    name: 'drones chart, focused: Home (from square 537)',
    path: '',
    chart: 1,
    prepare: async (page, chart) => {
      await focusLiveChart(page, chart);
      await page.keyboard.press('End');
      await wait(500);
    },
    check: 'drone1',
    act: (page) => page.keyboard.press('Home'),
  },
  {
    name: 'money chart, focused: End (to the second bar)',
    path: '',
    prepare: focusLiveChart,
    check: 'bar2',
    act: (page) => page.keyboard.press('End'),
  },
  {
    name: 'money chart, focused: Home (from the second bar)',
    path: '',
    prepare: async (page, chart) => {
      await focusLiveChart(page, chart);
      await page.keyboard.press('End');
      await wait(500);
    },
    check: 'bar1',
    act: (page) => page.keyboard.press('Home'),
  },
  {
    name: 'first → on a slide, 2 s after load',
    path: 'present/?slide=2',
    check: 'slide3',
    act: (page) => page.keyboard.press('ArrowRight'),
  },
  {
    name: 'timed advance to the next slide (?autoplay=3)',
    path: 'present/?slide=2&autoplay=3',
    check: 'slide3',
    // Nothing to do: the deck's own timer moves it, about a second after the bench arms.
    act: () => Promise.resolve(),
  },
  {
    name: 'embed page: first tap on Table, 2 s after load',
    path: 'embed/aid-totals/',
    check: 'table',
    act: (_, chart) => tap(chart.getByRole('tab', { name: 'Table' }), 'finger'),
  },
  {
    name: 'embed page: tooltip as the pointer first comes over a bar',
    path: 'embed/aid-totals/',
    check: 'tooltip',
    act: (page, chart) => overFirstMark(page, chart),
  },
];

/**
 * A keyboard reader walking the drones chart from the first square to the last with →, one key
 * at a time as fast as the page takes them: each step's time from the key to the frame whose
 * live region names the next drone. Returns every step's figure.
 */
async function walkDrones(page: Page): Promise<number[]> {
  await focusLiveChart(page, page.locator('figure.chart-frame').nth(1));
  await page.keyboard.press('Home');
  await page.evaluate(() => {
    const w = window as unknown as { walkSteps: number[] };
    w.walkSteps = [];
    let pressed: number | undefined;
    let before = '';
    const said = () => (window as unknown as { benchSaid: () => string }).benchSaid();
    window.addEventListener(
      'keydown',
      () => {
        pressed ??= performance.now();
        before = said();
      },
      { capture: true },
    );
    const poll = () => {
      if (pressed !== undefined && said() !== before) {
        w.walkSteps.push(performance.now() - pressed);
        pressed = undefined;
      }
      requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
  for (let i = 1; i < 537; i++) await page.keyboard.press('ArrowRight');
  await wait(500);
  const steps = await page.evaluate(() => (window as unknown as { walkSteps: number[] }).walkSteps);
  const last = await page.evaluate(() =>
    (window as unknown as { benchSaid: () => string }).benchSaid(),
  );
  if (!last.endsWith('Drone 537 of 537')) throw new Error(`the walk ended at "${last}"`);
  return steps;
}

/**
 * The main-thread work (CDP Performance.getMetrics TaskDuration) from the reader reaching for a
 * chart (keyboard focus on its box) to 1.5 s after its live drawing is in: what a tap elsewhere
 * could have to wait behind.
 */
async function mountCost(page: Page, nth: number): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const box = page.locator('figure.chart-frame .chart-box').nth(nth);
  await box.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  // Measured once the page is quiet: React awake (the chart nearing the viewport wakes it) and
  // what it does in idle moments done, so the figure is the chart's alone.
  await page.waitForFunction(() => 'awake' in (document.getElementById('root')?.dataset ?? {}));
  await wait(3000);
  const taskMs = async () =>
    ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')
      ?.value ?? Number.NaN) * 1000;
  // What the page does anyway in as long (its timers, the browser's own tasks), taken off.
  const idleStart = await taskMs();
  await wait(2000);
  const idle = (await taskMs()) - idleStart;
  const before = await taskMs();
  // Watched by a MutationObserver, not polled: a locator's polling would be counted as work.
  await box.evaluate(
    (el: HTMLElement, live) =>
      new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          if (el.querySelector(live)) {
            observer.disconnect();
            resolve();
          }
        });
        observer.observe(el, { subtree: true, childList: true, attributes: true });
        el.focus();
      }),
    LIVE,
  );
  await wait(2000);
  return Math.max(0, (await taskMs()) - before - idle);
}

/** Uses timed by their own code rather than a journey's one act. */
const EXTRAS: { name: string; run: (page: Page) => Promise<number> }[] = [
  { name: 'money chart mounting: main-thread work (TaskDuration)', run: (p) => mountCost(p, 0) },
  { name: 'drones chart mounting: main-thread work (TaskDuration)', run: (p) => mountCost(p, 1) },
  {
    name: 'drones chart, → from square 1 to 537: slowest step',
    run: async (p) => Math.max(...(await walkDrones(p))),
  },
];

/** A fresh 412 px page at 4× CPU, loaded and left alone for 2 s, stamping its uses. */
async function openSlowPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  await page.addInitScript(STAMP_USES);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url, { waitUntil: 'load' });
  await wait(2000);
  return page;
}

/** The page's INP from Event Timing (inpOf), read as its context closes. */
async function closeWithInp(page: Page): Promise<number> {
  // Entries arrive after the frame they end in; a moment later they are all in.
  await wait(300);
  const durations = await page.evaluate(() =>
    Object.values(
      (window as unknown as { benchInteractions: Record<string, number> }).benchInteractions,
    ),
  );
  await page.context().close();
  return inpOf(durations);
}

/** Mounting a chart may take up to 100 ms of work at 4× CPU; every answer 50 ms. */
function budgetFor(name: string): number {
  if (name.includes('mounting')) return 100;
  return JOURNEYS.find((journey) => journey.name === name)?.budget ?? 50;
}

/**
 * The browser's own figure: each page's INP from Event Timing (inpOf: its longest interaction,
 * one in 50 set aside on a page of many, as on the drones walk's 536 keys), the worst page of a
 * round, the median over the rounds. Below 16 ms no entry is made, and it reads 0.
 */
const INP = 'INP (4× CPU): worst page, Event Timing';

export async function readerLatencies(siteUrl: string, loads = 3, only = ''): Promise<Latency[]> {
  const journeys = JOURNEYS.filter((journey) => journey.name.includes(only));
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const results: Record<string, number[]> = {};
  const record = (name: string, ms: number) => (results[name] ??= []).push(ms);
  const timings: Record<string, number[]> = {};
  const inpFrom: string[] = [];
  try {
    for (let i = 0; i < loads; i++) {
      // The worst page's INP of this round of loads, as the Event Timing API measured it.
      let worst = 0;
      let worstUse = '';
      for (const journey of journeys) {
        const page = await openSlowPage(browser, new URL(journey.path, siteUrl).href);
        if (journey.scroll) {
          record('chart drawn after it scrolls into view', await scrollToCharts(page));
          await wait(2000);
        }
        const chart = page.locator('figure.chart-frame').nth(journey.chart ?? 0);
        await journey.prepare?.(page, chart);
        record(journey.name, await timeUse(page, journey.check, () => journey.act(page, chart)));
        const inp = await closeWithInp(page);
        (timings[journey.name] ??= []).push(inp);
        if (inp > worst) [worst, worstUse] = [inp, journey.name];
      }
      for (const extra of EXTRAS.filter((e) => e.name.includes(only))) {
        const page = await openSlowPage(browser, siteUrl);
        record(extra.name, await extra.run(page));
        const inp = await closeWithInp(page);
        (timings[extra.name] ??= []).push(inp);
        if (inp > worst) [worst, worstUse] = [inp, extra.name];
      }
      record(INP, worst);
      inpFrom.push(worstUse);
    }
  } finally {
    await browser.close();
  }
  return Object.entries(results).map(([name, runs]) => ({
    name,
    runs,
    budget: budgetFor(name),
    ...(name === INP && { from: inpFrom }),
    ...(timings[name] && { eventTiming: timings[name] }),
  }));
}

/**
 * One line per use: its median, its budget and its runs; beneath, where it has interactions, its
 * page's INP from Event Timing in each run (0: none reached 16 ms), and for INP the use it came
 * from.
 */
export function formatLatencies(latencies: Latency[]): string[] {
  return latencies.map(
    ({ name, runs, budget, from, eventTiming }) =>
      `  ${name.padEnd(62)} ${`${Math.round(median(runs))} ms`.padStart(8)}   budget ≤ ${budget} ms   (runs: ${runs.map((r) => Math.round(r)).join(', ')})` +
      (eventTiming?.some((ms) => ms > 0)
        ? `\n      Event Timing, page INP: ${Math.round(median(eventTiming))} ms (runs: ${eventTiming.map((r) => Math.round(r)).join(', ')})`
        : '') +
      (from ? `\n      from: ${from.join(' | ')}` : ''),
  );
}

// `tsx scripts/readerLatency.ts http://localhost:4173/ [loads] [words]` measures a site being
// served: every journey, or those whose name holds the words.
if (import.meta.url === `file://${process.argv[1]}` && process.argv[2]) {
  const loads = Number(process.argv[3] ?? 3);
  const only = process.argv[4] ?? '';
  console.log(formatLatencies(await readerLatencies(process.argv[2], loads, only)).join('\n'));
}
