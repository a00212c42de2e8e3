/**
 * Everyone can read it: the German edition reads as German with German formats, the language
 * switch keeps the view, and axe finds no WCAG 2.2 AA violation on any view, in either language
 * or theme.
 */
import AxeBuilder from '@axe-core/playwright';
import { DEFERRED, placeholderHeights, placeholdersOff } from './support/placeholders';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en as enCore } from '../../src/lib/i18n/en';
import { enDeck } from '../../src/lib/i18n/en.deck';
import { enLater } from '../../src/lib/i18n/en.later';
import { de as deCore } from '../../src/lib/i18n/de';
import { deDeck } from '../../src/lib/i18n/de.deck';
import { deLater } from '../../src/lib/i18n/de.later';

/** Each language's whole catalogue: the core, the deck's part and what comes later. */
const en = { ...enCore, ...enDeck, ...enLater };
const de = { ...deCore, ...deDeck, ...deLater };
import { registerAllCatalogues } from '../../src/lib/i18n/registerAllCatalogues';
import { translate } from '../../src/lib/i18n/translate';

registerAllCatalogues();
import { browserAndSiteForFile, openPage, waitForCharts } from './support/browser';

const env = browserAndSiteForFile();

const url = (path: string) => new URL(path, env.site.url).href;

/** The page's visible text outside elements marked as English (the article's own words). */
function textOutsideEnglish(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    clone
      .querySelectorAll('[lang="en"], script, style, textarea, [hidden]')
      .forEach((el) => el.remove());
    return clone.textContent ?? '';
  });
}

/** English UI strings that would give away an untranslated German page (slot-free parts). */
const ENGLISH_ONLY = (Object.keys(en) as (keyof typeof en)[])
  .filter((key) => en[key] !== de[key])
  .flatMap((key) => en[key].split(/\{\w+\}/))
  .map((part) => part.trim())
  .filter((part) => part.length >= 12);

describe('the German edition', () => {
  it('/de/ is German: lang, title, numbers, dates; quotes stay English and marked so', async () => {
    const session = await openPage(env.browser);
    try {
      const { page } = session;
      const response = await page.goto(url('/de/'));
      expect(response?.status()).toBe(200);
      expect(await page.getAttribute('html', 'lang')).toBe('de');
      expect(await page.title()).toBe(de['site.title']);
      expect(await page.getAttribute('meta[name="description"]', 'content')).toBe(
        de['site.description'],
      );
      const figures = page.getByRole('region', { name: de['figures.heading'] });
      for (const text of ['10,2 Mrd. €', '4,88 Mrd. €', '537 Drohnen']) {
        await figures.getByText(text, { exact: true }).first().waitFor();
      }
      await page
        .locator('ol.timeline time[datetime="2022-02-24"]', { hasText: '24. Februar 2022' })
        .waitFor();
      const quotes = await page
        .locator('q')
        .evaluateAll((qs) => qs.map((q) => q.closest('[lang="en"]') !== null));
      expect(quotes.length).toBeGreaterThanOrEqual(5);
      expect(quotes.every(Boolean)).toBe(true);
      await waitForCharts(page);
      const text = (await textOutsideEnglish(page)).replace(/\s+/g, ' ');
      const leftovers = ENGLISH_ONLY.filter((part) => text.includes(part));
      expect(leftovers, 'English UI text on the German page').toEqual([]);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('the language switch keeps the currency and tab', async () => {
    const session = await openPage(env.browser);
    try {
      const { page } = session;
      await page.goto(url('/?currency=USD&tab=drones:table'));
      await waitForCharts(page, 1);
      await page
        .getByRole('navigation', { name: 'Language' })
        .first()
        .getByRole('link', { name: 'Deutsch' })
        .click();
      await page.waitForURL(url('/de/?currency=USD&tab=drones:table'));
      expect(await page.getAttribute('html', 'lang')).toBe('de');
      // The figure's big number keeps "$" in German, to fit its line (MoneyStyle 'headline').
      await page.getByText('11,03 Mrd. $', { exact: true }).first().waitFor();
      const drones = page.locator('#chart-drones');
      await drones.getByRole('tab', { name: de['chart.tab.table'], selected: true }).waitFor();
      await page
        .getByRole('navigation', { name: de['controls.language'] })
        .first()
        .getByRole('link', { name: 'English' })
        .click();
      await page.waitForURL(url('/?currency=USD&tab=drones:table'));
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('German pages set German quotation marks, even around the article’s English words', async () => {
    const session = await openPage(env.browser, { width: 1280, height: 900 });
    try {
      const { page } = session;
      const marks = () =>
        page.evaluate(() =>
          [...document.querySelectorAll('q')].map((q) => {
            const style = getComputedStyle(q);
            return `${q.lang || '-'} ${style.quotes}`;
          }),
        );
      await page.goto(url('/de/'));
      const german = await marks();
      expect(german.length).toBeGreaterThan(0);
      for (const mark of german) expect(mark).toMatch(/ "„" "“" "‚" "‘"$/);
      expect(german.some((mark) => mark.startsWith('en '))).toBe(true);
      await page.goto(url('/'));
      for (const mark of await marks()) expect(mark).not.toContain('„');
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('the deck and the embeds speak German under /de/', async () => {
    const session = await openPage(env.browser, { width: 1280, height: 720 });
    try {
      const { page } = session;
      await page.goto(url('/de/present/?slide=2'));
      await page
        .locator(
          `section.slide-stage[aria-label="${translate('de', 'present.progress', { n: 2, count: 16 })}"]`,
        )
        .waitFor();
      await page.getByText('10,2 Mrd. €').first().waitFor();
      await page.goto(url('/de/embed/aid-totals/'));
      await page.getByRole('heading', { level: 1, name: de['chart.aidTotals.title'] }).waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe('de');
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

/** WCAG 2.2 AA and best-practice violations on the page, one line each with its first nodes. */
async function axeViolations(page: Page, exclude?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags([
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
    'wcag22aa',
    'best-practice',
  ]);
  const results = await (exclude ? builder.exclude(exclude) : builder).analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')})`,
  );
}

const VIEWS = [
  '',
  'embed/',
  'embed/aid-totals/',
  'embed/drones/',
  'embed/timeline/',
  'present/',
  // A missing page: the German one under de/ is its own prerendered 404.
  'no-such-page/',
];
const CASES = VIEWS.flatMap((view) =>
  (['', 'de/'] as const).flatMap((lang) =>
    (['light', 'dark'] as const).map((theme) => [`/${lang}${view}`, theme] as const),
  ),
);

describe.each(CASES)('axe on %s (%s)', (path, theme) => {
  it('finds no WCAG 2.2 AA or best-practice violations', async () => {
    const session = await openPage(env.browser, { width: 1280, height: 900 });
    try {
      const { page } = session;
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      await page.goto(url(path));
      if (path.endsWith('no-such-page/')) {
        await page.locator('main code:not(:empty)').waitFor();
      } else if (path.endsWith('present/')) {
        await page.waitForFunction(
          () => document.querySelector<HTMLElement>('.slide-stage')?.dataset.scale,
        );
      } else if (!path.endsWith('embed/')) {
        await waitForCharts(page, path.includes('timeline') ? 0 : 1);
      }
      // Preview iframes on /embed/ are the embed pages, scanned on their own.
      expect(await axeViolations(page, 'iframe.embed-preview')).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

describe.each(
  (['', 'de/'] as const).flatMap((lang) =>
    (['light', 'dark'] as const).map((theme) => [lang, theme] as const),
  ),
)('axe on the deck playing on its own with its overview open (/%spresent/, %s)', (lang, theme) => {
  it('finds no WCAG 2.2 AA or best-practice violations', async () => {
    const session = await openPage(env.browser, { width: 1280, height: 900 });
    try {
      const { page } = session;
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      await page.goto(url(`/${lang}present/?autoplay=12&slide=3`));
      await page.locator('.slide-stage[data-scale]').waitFor();
      // The loop's switch is on (pressed, in the accent colour); O opens the grid over the deck.
      await page.locator('.deck-autoplay [aria-pressed="true"]').waitFor();
      await page.keyboard.press('o');
      await page.locator('.deck-overview a[aria-current]').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

describe.each(['/', '/de/'])('the unscrolled first view of %s, as Lighthouse audits it', (path) => {
  // Unscrolled, the deferred sections stay unrendered: the state a first-load audit measures.
  it.each([320, 375, 412, 768, 1024, 1200, 1280, 1920])(
    'at %i px no deferred section spills into the next or stands a tenth too tall, and axe finds no crowded targets',
    async (width) => {
      const session = await openPage(env.browser, { width, height: 823 });
      try {
        const { page } = session;
        await page.goto(url(path));
        const spills = await page.evaluate(
          (ids) => {
            return ids.flatMap((id) => {
              const section = document.getElementById(id);
              if (!section) return [`#${id} is missing`];
              // Measuring a descendant lays out the skipped subtree but keeps the placeholder box.
              const bottom = Math.max(
                ...[...section.querySelectorAll('*')].map(
                  (el) => el.getBoundingClientRect().bottom,
                ),
              );
              const over = Math.round(bottom - section.getBoundingClientRect().bottom);
              return over > 0 ? [`#${id} content ends ${over}px below its box`] : [];
            });
          },
          [...DEFERRED],
        );
        expect(spills).toEqual([]);
        const results = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
        expect(results.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual(
          [],
        );
        // And no placeholder more than 10 % above what it stands for (last: rendering them all
        // leaves 'auto' remembering their real sizes).
        expect(
          placeholdersOff(await placeholderHeights(page)),
          'a part’s size has changed: npm run build && npm run placeholders',
        ).toEqual([]);
      } finally {
        await session.close();
      }
    },
  );
});

describe('printing the dashboard', () => {
  it('drops the controls and keeps charts, tables and sources', async () => {
    const session = await openPage(env.browser);
    try {
      const { page } = session;
      await page.goto(url('/'));
      await waitForCharts(page);
      // On screen the first chart's Table shows in its drawing's place (Tabs.css); on paper
      // every view prints, one after another.
      await page.locator('figure.chart-frame').first().getByRole('tab', { name: 'Table' }).click();
      await page.emulateMedia({ media: 'print' });
      for (const selector of ['.switch', '.chart-actions', '.tabs-list', '.lang-switch']) {
        expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
      }
      expect(await page.locator('figure.chart-frame table').first().isVisible()).toBe(true);
      expect(await page.locator('figure.chart-frame svg.chart-baked-svg:visible').count()).toBe(2);
      const panels = await page
        .locator('figure.chart-frame')
        .first()
        .locator('[role="tabpanel"]')
        .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
      expect(panels).toHaveLength(3);
      panels.slice(1).forEach((panel, i) => {
        const above = panels[i]?.bottom ?? Infinity;
        expect(panel.top, `panel ${i + 2} starts below panel ${i + 1}`).toBeGreaterThanOrEqual(
          above - 0.5,
        );
      });
      expect(await page.getByRole('heading', { name: 'Sources and method' }).isVisible()).toBe(
        true,
      );
      for (const format of ['A4', 'Letter'] as const) {
        const pdf = await page.pdf({ format, printBackground: false });
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(pdf.length).toBeGreaterThan(50_000);
      }
    } finally {
      await session.close();
    }
  });
});

describe('reflow and zoom', () => {
  it.each([
    ['320 px wide', 320, 1],
    ['200% zoom at 640 px (reads as 320 CSS px)', 640, 2],
  ])('%s: no sideways scroll, every figure and quote still there', async (_label, width, zoom) => {
    const session = await openPage(env.browser, { width, height: 800 });
    try {
      const { page } = session;
      await page.goto(url('/'));
      if (zoom !== 1) {
        // Browser zoom shrinks the CSS viewport; emulate it by scaling the device.
        await page.setViewportSize({ width: width / zoom, height: 800 / zoom });
      }
      const fit = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        inner: window.innerWidth,
        figures: document.querySelectorAll('.figure-value').length,
        quotes: document.querySelectorAll('#quotes blockquote q').length,
      }));
      expect(fit.scroll).toBeLessThanOrEqual(fit.inner);
      expect(fit.figures).toBe(8);
      expect(fit.quotes).toBe(5);
    } finally {
      await session.close();
    }
  });
});
