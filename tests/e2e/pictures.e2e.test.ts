/**
 * Picture tests: every view as a reader sees it, at 375 and 1280 px, light and dark, compared
 * pixel by pixel with the references in tests/pictures/ (see support/pictures.ts), and each
 * chart's baked SVG compared with its stored drawing. They guard restyling: a change to one
 * component's CSS shows exactly which views it touched. After an intended change, look at the
 * diffs in test-results/pictures/ and run `npm run test:pictures -- --update`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Browser, Page, PageScreenshotOptions } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserAndSiteForFile, waitForCharts } from './support/browser';
import { DIST_DIR } from './support/paths';
import { updatingReferences } from './support/updating';
import { comparePng, compareSvg, PICTURES_DIR, stillShot } from './support/pictures';

const env = browserAndSiteForFile();
const url = (path: string) => new URL(path.replace(/^\//, ''), env.site.url).href;

type Scheme = 'light' | 'dark';
const WIDTHS = [375, 1280] as const;
const SCHEMES: Scheme[] = ['light', 'dark'];
/** Tall enough for a slide at 1280 px (16:9 plus the deck's controls), short enough to be quick. */
const HEIGHT = 800;

/**
 * Waits for what makes a page still: the app awake (its buttons no longer pending), a slide's
 * live chart in place of its drawing, fonts in.
 */
async function settled(page: Page, appSelector: string): Promise<void> {
  await page.locator(appSelector).first().waitFor({ state: 'attached' });
  // Every slide's live chart is drawn (the overview's thumbnails keep the build's drawings).
  await page.waitForFunction(() => {
    const live = [...document.querySelectorAll('.slide-chart')].filter(
      (chart) => !chart.closest('.deck-overview'),
    );
    return live.every((chart) => chart.querySelector('svg.recharts-surface'));
  });
  await page.evaluate(async () => {
    await document.fonts.ready;
    // Two frames: whatever the last state change scheduled has been painted.
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
}

const APP_AWAKE = '.chart-actions button:not(.pending)';
const DECK_AWAKE = '.slide-stage[data-scale]';

interface View {
  name: string;
  path: string;
  /** Screenshots to take once the page is still: the viewport, or each element matching. */
  shots: { name: string; selector?: string }[];
  /** What shows the app has woken and the page is complete. */
  awake: string;
  /** Embeds wake on a reader's intent: a pointer comes over the chart. */
  liveCharts?: number;
  /** Screens of its own (width × height) in place of every width at the common height. */
  screens?: readonly (readonly [number, number])[];
  /** What a user does before the picture (opening the deck's overview). */
  then?: (page: Page) => Promise<void>;
}

const VIEWS: View[] = [
  {
    name: 'dashboard',
    path: '/',
    awake: APP_AWAKE,
    shots: [
      { name: 'top' },
      ...['figures', 'charts', 'quotes', 'timeline', 'sources'].map((id) => ({
        name: id,
        selector: `#${id}`,
      })),
      { name: 'footer', selector: '.site-footer' },
    ],
  },
  ...['aid-totals', 'drones', 'timeline'].map((chart): View => ({
    name: `embed-${chart}`,
    path: `/embed/${chart}/`,
    awake: APP_AWAKE,
    liveCharts: chart === 'timeline' ? 0 : 1,
    shots: [{ name: 'page', selector: 'main.embed' }],
  })),
  // One slide of each kind (see buildSlides): title, figure, chart, quote, timeline, sources.
  ...(
    [
      ['title', 1],
      ['figure', 2],
      ['chart', 8],
      ['quote', 10],
      ['timeline', 15],
      ['sources', 16],
    ] as const
  ).map(([kind, slide]): View => ({
    name: `slide-${kind}`,
    path: `/present/?slide=${slide}`,
    awake: DECK_AWAKE,
    shots: [{ name: 'page' }],
  })),
  // A chart slide upright on portrait signage, and the deck's overview (O) on a laptop.
  {
    name: 'slide-chart-portrait',
    path: '/present/?slide=8',
    awake: '.slide-stage[data-shape="portrait"][data-scale]',
    screens: [[1080, 1920]],
    shots: [{ name: 'page' }],
  },
  {
    name: 'overview',
    path: '/present/?slide=3',
    awake: '.slide-stage[aria-label="Slide 3 of 16"][data-scale]',
    screens: [[1280, 800]],
    then: async (page) => {
      await page.keyboard.press('o');
      await page.locator('.deck-overview a[aria-current]:focus').waitFor();
    },
    shots: [{ name: 'page' }],
  },
  {
    name: 'presenter',
    path: '/present/?view=presenter&slide=8',
    awake: DECK_AWAKE,
    shots: [{ name: 'page' }],
  },
  // The app writes the missing address into the page, which the build cannot know.
  {
    name: 'not-found',
    path: '/no-such-page/',
    awake: 'main code:not(:empty)',
    shots: [{ name: 'page' }],
  },
];

/** A change made to a copy of the page before its picture, to prove the comparison sees it. */
interface Mutation {
  label: string;
  change: (page: Page) => Promise<unknown>;
}

async function pictureView(
  browser: Browser,
  view: View,
  width: number,
  scheme: Scheme,
  mutation?: Mutation,
  height = HEIGHT,
): Promise<string[]> {
  const context = await browser.newContext({
    viewport: { width, height },
    colorScheme: scheme,
    reducedMotion: 'reduce',
    locale: 'en-GB',
    timezoneId: 'UTC',
  });
  const problems: string[] = [];
  try {
    const page = await context.newPage();
    await page.goto(url(view.path), { waitUntil: 'load' });
    if (view.liveCharts) {
      await waitForCharts(page, view.liveCharts);
      // waitForCharts scrolled; the embed's picture starts at its top.
      await page.evaluate(() => window.scrollTo(0, 0));
    } else if (view.path.startsWith('/embed/')) {
      await page.dispatchEvent('main', 'pointerover');
    }
    await settled(page, view.awake);
    if (view.then) {
      await view.then(page);
      await settled(page, view.awake);
    }
    if (view.shots.some((shot) => shot.selector)) {
      // Off-screen sections skip rendering (content-visibility: auto) and take an estimated
      // height until scrolled to: render them all, so each element's box is its real one.
      await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
    }
    await mutation?.change(page);
    // The presenter's clock ticks: its digits are covered, in one colour, in every picture.
    const options: PageScreenshotOptions = {
      animations: 'disabled',
      mask: [page.locator('.presenter-clock')],
    };
    // Live charts (an embed's, the deck's) may show a wrong first frame for a moment (stillShot).
    const settle = view.liveCharts || view.path.startsWith('/present/') ? 500 : 0;
    for (const shot of view.shots) {
      const png = await stillShot(
        () =>
          shot.selector
            ? page.locator(shot.selector).screenshot(options)
            : page.screenshot(options),
        5,
        settle,
      );
      const name = `${view.name}-${shot.name}.${width}.${scheme}`;
      const reportAs = mutation ? `mutated-${mutation.label.replace(/\W+/g, '-')}.${name}` : name;
      const { problem } = await comparePng(name, png, reportAs);
      if (problem) problems.push(problem);
    }
  } finally {
    await context.close();
  }
  return problems;
}

describe('every view looks as its reference picture', () => {
  for (const scheme of SCHEMES) {
    for (const view of VIEWS) {
      for (const [width, height] of view.screens ?? WIDTHS.map((w) => [w, HEIGHT] as const)) {
        it(`${view.name} at ${width}×${height} px, ${scheme}`, async () => {
          const problems = await pictureView(env.browser, view, width, scheme, undefined, height);
          expect(problems, problems.length ? await drawnBy() : '').toEqual([]);
        });
      }
    }
  }

  // Which Chromium drew the references, noted when they are written and said when one differs:
  // a new release alone does not fail a picture (support/tolerantDiff.ts), but it is the first
  // thing to know when one does.
  const versionFile = resolve(PICTURES_DIR, 'chromium-version.txt');
  beforeAll(async () => {
    if (updatingReferences) await writeFile(versionFile, `${env.browser.version()}\n`);
  });
  const drawnBy = async () =>
    `references drawn by Chromium ${(await readFile(versionFile, 'utf8')).trim()}, this is ${env.browser.version()}`;
});

describe('the pictures still catch what a reader would notice', () => {
  const named = (name: string): View => {
    const view = VIEWS.find((v) => v.name === name);
    if (!view) throw new Error(`no view ${name}`);
    return view;
  };
  // The dashboard's charts alone: its other sections would only slow the proof down.
  const charts: View = { ...named('dashboard'), shots: [{ name: 'charts', selector: '#charts' }] };
  const slide = named('slide-figure');
  const aidTotals = '[data-chart="aid-totals"]';
  const style = (css: string) => (page: Page) => page.addStyleTag({ content: css });
  const cases: [View, Mutation][] = [
    [
      charts,
      {
        label: 'a bar moves by 2 px',
        change: style(
          `${aidTotals} .recharts-bar-rectangle:first-child path { transform: translateX(2px); }`,
        ),
      },
    ],
    [
      charts,
      {
        label: 'a bar changes colour',
        change: style(
          `${aidTotals} .recharts-bar-rectangle:first-child path { fill: #009e73 !important; }`,
        ),
      },
    ],
    [
      charts,
      {
        label: 'a value label is missing',
        change: style(`${aidTotals} .recharts-label-list text:first-child { visibility: hidden; }`),
      },
    ],
    [
      charts,
      {
        label: 'the source line is missing',
        change: style(`${aidTotals} .chart-footer { visibility: hidden; }`),
      },
    ],
    [
      slide,
      {
        // 26 px to 24 px: the next size down in the deck's type scale (SlideContent.css).
        label: 'a slide’s text is one step smaller',
        change: style('.slide-small { font-size: 24px !important; }'),
      },
    ],
  ];
  it.each(cases.map(([view, mutation]) => [mutation.label, view, mutation] as const))(
    'fails when %s',
    async (_, view, mutation) => {
      const problems = await pictureView(env.browser, view, 1280, 'light', mutation);
      expect(problems, `${mutation.label} went unseen`).toHaveLength(1);
      expect(problems[0]).toMatch(/pixels changed|size/);
    },
  );
});

/** Every baked drawing in a built page, by its key (chart:language:currency:size). */
async function bakedDrawings(page: string): Promise<Map<string, string>> {
  const html = await readFile(resolve(DIST_DIR, page), 'utf8');
  const drawings = new Map<string, string>();
  for (const match of html.matchAll(
    /<(?:div|template)[^>]*data-bake="([^"]+)"[^>]*>(<svg[\s\S]*?<\/svg>)/g,
  )) {
    const [, key = '', svg = ''] = match;
    drawings.set(key, svg);
  }
  return drawings;
}

describe("every chart's baked drawing is its reference SVG", () => {
  // The dashboards hold every page size and currency; the deck holds its slide size in templates.
  for (const page of ['index.html', 'de/index.html', 'present/index.html']) {
    it(`in ${page}`, async () => {
      const drawings = await bakedDrawings(page);
      expect(drawings.size).toBeGreaterThan(0);
      for (const [key, svg] of drawings) {
        const { expected, actual } = await compareSvg(`svg/${key.replaceAll(':', '.')}`, svg);
        expect(actual, `${key} differs from its reference`).toBe(expected);
      }
    });
  }
});
