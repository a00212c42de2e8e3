/**
 * `npm run placeholders`: measures, in Chromium, the size of each part of the dashboard's
 * deferred sections (src/styles/lazySections.css) and writes them to
 * src/styles/placeholderSizes.css, so that each section's placeholder is its counted parts times
 * their sizes: the timeline's events in sight, closed years and filters, the quotes' rows of
 * cards. No total is measured at today's size; the data the page holds sets the counts.
 *
 * It measures today's data (dist/, run `npm run build` first) and ten times it (a grown site,
 * scripts/grownSite.ts), in English and German, at the edges of each width band and between.
 * Within a band each part's size is a line in the viewport's width (`calc(a + b * 100vw)`)
 * through the band's first and last widths, raised until no measured width is above it: text
 * grows taller as its column narrows, faster the narrower, so the line is at or above the real
 * size across the band, and close to it. A placeholder that is too small would let a section's
 * content overlap the next for tools that measure without scrolling (axe's target-size check).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { format, resolveConfig } from 'prettier';
import { CHROMIUM_ARGS } from './chromiumArgs';
import { buildGrownSite } from './grownSite';
import { serve } from './serve.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(root, 'src/styles/placeholderSizes.css');

/**
 * The bands' lower edges in px (20, 25, 30, 40, 60 and 80 em); the widths where the quotes' grid
 * takes a second and a third column are found and added (its columns fill the width, 22 rem each).
 */
const FIXED_EDGES = [320, 400, 480, 640, 960, 1280];
let EDGES: number[] = [];

/** What one page shows of each part, rendered, at one width. */
interface Parts {
  /** Timeline: the section less its parts below. */
  rest: number;
  items: number;
  /** Average height of an event in sight. */
  item: number;
  closed: number;
  /** Average height of a closed year (heading and control). */
  closedUnit: number;
  /** The filters and the "Showing" line. */
  filters: number;
  /** Quotes: the list of cards, its columns, and the section less the list. */
  qlist: number;
  cols: number;
  qrest: number;
  charts: number;
  sources: number;
}

type Sizes = Record<string, number>;

function bandWidths(i: number): number[] {
  const lo = EDGES[i] as number;
  const hi = EDGES[i + 1];
  if (hi === undefined) return [lo, 1440, 1600, 1920];
  // Five widths across the band: lines wrap in steps, and a step between two would be missed.
  return [0, 0.25, 0.5, 0.75, 1].map((at) => Math.round(lo + at * (hi - 1 - lo)));
}

/** A page at `width`, able to run the functions tsx compiles (they call a helper it adds). */
async function pageAt(browser: Browser, width: number) {
  const page = await browser.newPage({ viewport: { width, height: 823 } });
  await page.addInitScript('window.__name = (f) => f');
  return page;
}

async function columnsAt(browser: Browser, url: string, width: number): Promise<number> {
  const page = await pageAt(browser, width);
  try {
    await page.goto(url);
    await page.addStyleTag({ content: '#quotes { content-visibility: visible !important; }' });
    return await page.evaluate(
      () =>
        getComputedStyle(
          document.querySelector('ul.quote-list') as HTMLElement,
        ).gridTemplateColumns.split(' ').length,
    );
  } finally {
    await page.close();
  }
}

/** The narrowest width (px) at which the quotes' grid has `columns` columns. */
async function columnsFrom(browser: Browser, url: string, columns: number): Promise<number> {
  let [lo, hi] = [320, 2400];
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if ((await columnsAt(browser, url, mid)) >= columns) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

async function measure(browser: Browser, url: string, width: number): Promise<Parts> {
  const page = await pageAt(browser, width);
  try {
    await page.goto(url);
    await page.addStyleTag({
      content: '#charts, #quotes, #timeline, #sources { content-visibility: visible !important; }',
    });
    return await page.evaluate(() => {
      const h = (el: Element | null) => (el ? el.getBoundingClientRect().height : 0);
      const outer = (el: Element) => {
        const style = getComputedStyle(el);
        return h(el) + parseFloat(style.marginTop) + parseFloat(style.marginBottom);
      };
      const byId = (id: string) => document.getElementById(id) as HTMLElement;
      const timeline = byId('timeline');
      const inSight = [...timeline.querySelectorAll('.timeline-item')].filter(
        (el) => !el.closest('details'),
      );
      const itemSum = inSight.reduce((sum, el) => sum + outer(el), 0);
      const closed = [...timeline.querySelectorAll('.timeline-year')].filter(
        (year) => !year.querySelector(':scope > ol.timeline'),
      );
      const closedSum = closed.reduce((sum, el) => sum + outer(el), 0);
      const filters = [...timeline.querySelectorAll('.timeline-filters, .timeline-showing')].reduce(
        (sum, el) => sum + outer(el),
        0,
      );
      const quotes = byId('quotes');
      const list = quotes.querySelector('ul.quote-list') as HTMLElement;
      return {
        rest: h(timeline) - itemSum - closedSum - filters,
        items: inSight.length,
        item: itemSum / Math.max(1, inSight.length),
        closed: closed.length,
        closedUnit: closedSum / Math.max(1, closed.length),
        filters,
        qlist: h(list),
        cols: getComputedStyle(list).gridTemplateColumns.split(' ').length,
        qrest: h(quotes) - h(list),
        charts: h(byId('charts')),
        sources: h(byId('sources')),
      };
    });
  } finally {
    await page.close();
  }
}

/** Each part's size at one width and language, from today's page and the grown one. */
function sizesOf(today: Parts, grown: Parts): Sizes {
  const rows = (count: number) => Math.ceil(count / today.cols);
  const todayQuotes = today.qlist / rows(5);
  return {
    'tl-base': today.rest,
    // What a grouped timeline adds: filters, the "Showing" line, the open year's heading.
    'tl-grouped': grown.filters + grown.rest - today.rest,
    // Today's events and quotes are the article's own words, as the story's next ones will be:
    // their sizes come from them (the grown page's are made-up headlines, a little longer).
    'tl-item': today.item,
    'tl-closed': grown.closedUnit,
    'q-base': today.qrest,
    'q-row': todayQuotes,
    'q-more': grown.qrest - today.qrest,
    'charts-size': Math.max(today.charts, grown.charts),
    'sources-size': Math.max(today.sources, grown.sources),
    cols: today.cols,
  };
}

/** The line through a band's first and last widths, raised to stay at or above every width. */
function upperLine(points: [number, number][]): { a: number; b: number } {
  const [first, last] = [points[0], points.at(-1)] as [[number, number], [number, number]];
  const b = last[0] === first[0] ? 0 : (last[1] - first[1]) / (last[0] - first[0]);
  let a = first[1] - b * first[0];
  for (const [w, y] of points) a = Math.max(a, y - b * w);
  return { a, b };
}

function cssValue({ a, b }: { a: number; b: number }): string {
  // One more pixel than measured: sub-pixel layout rounds either way.
  const px = Math.ceil(a + 1);
  if (Math.abs(b) < 0.005) return `${Math.ceil(a + b * 1920 + 1)}px`;
  return `calc(${px}px ${b < 0 ? '-' : '+'} ${Math.abs(b).toFixed(4)} * 100vw)`;
}

const dist = join(root, 'dist');
readFileSync(join(dist, 'index.html'));
const grownCopy = await buildGrownSite(10);
const todaySite = await serve({ dir: dist });
const grownSite = await serve({ dir: join(grownCopy, 'dist') });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  EDGES = [
    ...FIXED_EDGES,
    await columnsFrom(browser, todaySite.url, 2),
    await columnsFrom(browser, todaySite.url, 3),
  ].sort((a, b) => a - b);
  const blocks: string[] = [];
  for (const lang of ['en', 'de'] as const) {
    const path = lang === 'en' ? '' : 'de/';
    for (const [i, lo] of EDGES.entries()) {
      const measured: [number, Sizes][] = [];
      for (const width of bandWidths(i)) {
        const today = await measure(browser, `${todaySite.url}${path}`, width);
        const grown = await measure(browser, `${grownSite.url}${path}`, width);
        measured.push([width, sizesOf(today, grown)]);
      }
      const columns = new Set(measured.map(([, sizes]) => sizes.cols));
      if (columns.size !== 1) throw new Error(`the quotes' columns change inside ${lo} px's band`);
      // QuotesSection counts rows for 1, 2 and 3 columns.
      if (([...columns][0] ?? 0) > 3)
        throw new Error('the quotes show more than 3 columns: count their rows');
      const names = Object.keys(measured[0]?.[1] ?? {}).filter((name) => name !== 'cols');
      const lines = names.map((name) => {
        const line = upperLine(measured.map(([w, sizes]) => [w, sizes[name] ?? 0]));
        return `    --${name}: ${cssValue(line)};`;
      });
      const selector = lang === 'en' ? ':root' : ':root:lang(de)';
      // The rows counted for this many columns, read where the section sets them.
      const rows = `#quotes${lang === 'en' ? '' : ':lang(de)'} {\n  --q-rows: var(--rows-${[...columns][0]});\n}`;
      const rules = `${selector} {\n${lines.map((l) => l.slice(2)).join('\n')}\n}\n\n${rows}`;
      const indented = rules.replace(/^(?=.)/gm, '  ');
      blocks.push(i === 0 ? rules : `@media (min-width: ${lo / 16}em) {\n${indented}\n}`);
    }
  }
  const css = `/* Written by \`npm run placeholders\` (scripts/placeholderSizes.ts): the size of each part of the
   dashboard's deferred sections, per width band and language, for lazySections.css to multiply by
   the counts each section carries. Do not edit by hand. */
${blocks.join('\n\n')}
`;
  writeFileSync(OUT, await format(css, { ...(await resolveConfig(OUT)), filepath: OUT }));
  console.log(`wrote ${OUT}`);
} finally {
  await browser.close();
  todaySite.server.close();
  grownSite.server.close();
  rmSync(grownCopy, { recursive: true, force: true });
}
