/**
 * The deck as a speaker uses it: clicker keys move slides and the URL, a reload keeps the slide,
 * every slide fits 4:3, 16:9 and 4K screens with type readable from the back of the room, and the
 * presenter view drives the audience window.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAndSiteForFile, openPage, saveScreenshot } from './support/browser';

const SLIDES = 16;
const SCREENS = [
  [1024, 768],
  [1280, 720],
  [1920, 1080],
  [3840, 2160],
  // Portrait: a tablet upright, signage, 4K signage.
  [768, 1024],
  [1080, 1920],
  [2160, 3840],
] as const;

const env = browserAndSiteForFile();

const url = (path: string) => new URL(path, env.site.url).href;
const slideNumber = async (page: Page) => {
  const label = await page.locator('main.deck section.slide-stage').getAttribute('aria-label');
  return Number(/^Slide (\d+) of/.exec(label ?? '')?.[1]);
};

/** Waits for the app: the prerendered deck is unscaled (1280×720) until SlideStage measures. */
async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector<HTMLElement>('.slide-stage')?.dataset.scale !== undefined,
  );
}

/** Waits until the deck shows slide n (after hydration has read the URL). */
async function onSlide(page: Page, n: number): Promise<void> {
  await page.waitForFunction(
    (label) =>
      document.querySelector('main.deck section.slide-stage')?.getAttribute('aria-label') === label,
    `Slide ${n} of ${SLIDES}`,
  );
}

describe('clicker keys', () => {
  it('move the slides and the URL; a reload keeps the slide', async () => {
    const session = await openPage(env.browser, { width: 1280, height: 720 });
    try {
      const { page } = session;
      await page.goto(url('/present/'));
      await page.waitForFunction(() => new URL(location.href).searchParams.get('slide') === '1');
      for (const [key, expected] of [
        ['ArrowRight', 2],
        ['PageDown', 3],
        ['Space', 4],
        ['ArrowLeft', 3],
        ['PageUp', 2],
        ['End', SLIDES],
        ['Home', 1],
        ['ArrowRight', 2],
      ] as const) {
        await page.keyboard.press(key);
        await onSlide(page, expected);
        expect(new URL(page.url()).searchParams.get('slide')).toBe(String(expected));
      }
      await page.reload();
      await onSlide(page, 2);
      expect(await slideNumber(page)).toBe(2);
      // Esc shows every slide (the deck's way out is its "Back to the dashboard" link).
      await page.keyboard.press('Escape');
      await page.getByRole('region', { name: 'All slides' }).waitFor();
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('sends a bad slide number to the nearest slide', async () => {
    const session = await openPage(env.browser, { width: 1280, height: 720 });
    try {
      await session.page.goto(url('/present/?slide=4000'));
      await onSlide(session.page, SLIDES);
      await session.page.goto(url('/present/?slide=-3'));
      await onSlide(session.page, 1);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

describe.each(SCREENS)('every slide at %i×%i', (width, height) => {
  const portrait = width / height < 0.8;
  it('fills the screen without scrolling, with large main text and no small print', async () => {
    const session = await openPage(env.browser, { width, height });
    try {
      const { page } = session;
      await page.goto(url('/present/?slide=1'));
      await hydrated(page);
      await onSlide(page, 1);
      for (let n = 1; n <= SLIDES; n++) {
        if (n > 1) {
          await page.keyboard.press('ArrowRight');
          await onSlide(page, n);
        }
        if (n === 8 || n === 9) await page.locator('.slide-stage svg.recharts-surface').waitFor();
        const fit = await page.evaluate(() => {
          const stage = document.querySelector('.slide-stage') as HTMLElement;
          const box = stage.getBoundingClientRect();
          const scale = box.height / stage.offsetHeight;
          const main = stage.querySelector('.slide-main') as HTMLElement;
          const mainSize = parseFloat(getComputedStyle(main).fontSize) * scale;
          // Every piece of text a reader sees, HTML and the chart's SVG, at its size on screen.
          const sizes = [...stage.querySelectorAll('*')]
            .filter((el) =>
              [...el.childNodes].some((c) => c.nodeType === 3 && c.textContent?.trim()),
            )
            .filter((el) => el.getClientRects().length > 0 && !el.closest('.visually-hidden'))
            .map((el) => parseFloat(getComputedStyle(el).fontSize) * scale);
          const short = Math.min(window.innerWidth, window.innerHeight);
          const drawing = stage.querySelector('.slide-chart svg.recharts-surface');
          // Content that overflows the stage would be cut off: none may.
          const overflow = [...stage.querySelectorAll('*')].some((el) => {
            const r = el.getBoundingClientRect();
            return r.bottom > box.bottom + 1 || r.right > box.right + 1;
          });
          return {
            scrollW: document.documentElement.scrollWidth,
            scrollH: document.documentElement.scrollHeight,
            innerW: window.innerWidth,
            innerH: window.innerHeight,
            inside:
              box.top >= 0 &&
              box.left >= 0 &&
              box.bottom <= window.innerHeight &&
              box.right <= window.innerWidth,
            overflow,
            mainShare: mainSize / window.innerHeight,
            largest: Math.max(...sizes) / short,
            smallest: Math.min(...sizes) / short,
            cover: (box.width * box.height) / (window.innerWidth * window.innerHeight),
            drawing: drawing ? drawing.getBoundingClientRect().height / window.innerHeight : null,
            shape: stage.dataset.shape,
          };
        });
        expect(fit.scrollW, `slide ${n}`).toBe(fit.innerW);
        expect(fit.scrollH, `slide ${n}`).toBe(fit.innerH);
        expect(fit.inside, `slide ${n} inside the screen`).toBe(true);
        expect(fit.overflow, `slide ${n} content inside its stage`).toBe(false);
        if (!portrait)
          expect(
            fit.mainShare,
            `slide ${n} main text share of screen height`,
          ).toBeGreaterThanOrEqual(0.05);
        expect(fit.shape, `slide ${n} stage`).toBe(portrait ? 'portrait' : 'landscape');
        expect(fit.largest, `slide ${n} largest text / short side`).toBeGreaterThanOrEqual(0.045);
        expect(fit.smallest, `slide ${n} smallest text / short side`).toBeGreaterThanOrEqual(0.015);
        if (portrait) {
          expect(fit.cover, `slide ${n} share of the screen`).toBeGreaterThanOrEqual(0.8);
          if (n === 8 || n === 9)
            expect(fit.drawing, `slide ${n} drawing / screen height`).toBeGreaterThanOrEqual(0.35);
        }
        if ((width === 1920 && height === 1080) || width === 1024 || width === 1080) {
          await saveScreenshot(page, `slide-${String(n).padStart(2, '0')}-${width}x${height}`);
        }
      }
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

describe.each([
  [1024, 768],
  [1280, 720],
  [768, 1024],
])('the deck’s bar at %i×%i', (width, height) => {
  it.each(['', 'de/'])(
    '/%spresent/: every control whole and on screen, off, playing and paused',
    async (lang) => {
      const session = await openPage(env.browser, { width, height });
      try {
        const { page } = session;
        const fits = () =>
          page.evaluate(() =>
            [...document.querySelectorAll<HTMLElement>('.deck-controls > *, .deck-controls *')]
              // Shown (not the 1 px words kept for screen readers beside a sign).
              .filter((el) => el.getBoundingClientRect().width > 1)
              .filter((el) => {
                const box = el.getBoundingClientRect();
                // Off the screen, or its words spilling out of its box.
                return box.right > window.innerWidth + 0.5 || el.scrollWidth > el.clientWidth + 1;
              })
              .map((el) => `${el.tagName} ${el.textContent}`),
          );
        await page.goto(url(`/${lang}present/?slide=8`));
        await hydrated(page);
        expect(await fits(), 'off').toEqual([]);
        await page.keyboard.press('p');
        await page.locator('.deck-autoplay-left').waitFor();
        expect(await fits(), 'playing').toEqual([]);
        await page.keyboard.press('ArrowRight');
        await page.locator('.deck-autoplay-left', { hasText: /P/ }).waitFor();
        expect(await fits(), 'paused').toEqual([]);
        expect(session.errors).toEqual([]);
      } finally {
        await session.close();
      }
    },
  );
});

describe('the overview', () => {
  it('O shows every slide; a speaker finds slide 12 and is there with Enter', async () => {
    const session = await openPage(env.browser, { width: 1920, height: 1080 });
    try {
      const { page } = session;
      await page.goto(url('/present/?slide=3'));
      await hydrated(page);
      await onSlide(page, 3);
      await page.keyboard.press('o');
      const grid = page.getByRole('region', { name: 'All slides' });
      await grid.waitFor();
      const links = grid.getByRole('link');
      expect(await links.count()).toBe(SLIDES);
      // Thumbnails drawn from the build's drawings: both charts show, and no live chart loads.
      expect(await grid.locator('.bake svg:visible').count()).toBe(2);
      expect(await grid.locator('.recharts-wrapper').count()).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-current'))).toBe(
        'true',
      );
      // Slide 3 → 12: a row down (seven across at 1920 px) and two on.
      for (const key of ['ArrowDown', 'ArrowRight', 'ArrowRight']) await page.keyboard.press(key);
      expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(
        /^Slide 12 of 16/,
      );
      await saveScreenshot(page, 'overview-1920x1080');
      await page.keyboard.press('Enter');
      await onSlide(page, 12);
      expect(await grid.count()).toBe(0);
      await page.keyboard.press('Escape');
      await grid.waitFor();
      await page.keyboard.press('Escape');
      await onSlide(page, 12);
      expect(await grid.count()).toBe(0);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

describe('the presenter view', () => {
  it('drives the audience window and follows it', async () => {
    const session = await openPage(env.browser, { width: 1280, height: 800 });
    try {
      const { page: presenter, context } = session;
      await presenter.goto(url('/present/?slide=1&view=presenter'));
      await presenter.getByText('Speaker notes').waitFor();
      const [audience] = await Promise.all([
        context.waitForEvent('page'),
        presenter.getByRole('button', { name: 'Open the audience window' }).click(),
      ]);
      await hydrated(audience);
      await onSlide(audience, 1);

      await presenter.keyboard.press('ArrowRight');
      await presenter.keyboard.press('ArrowRight');
      await onSlide(audience, 3);
      await presenter.getByText('What it measures: Arms exports').waitFor();
      expect(await presenter.locator('.presenter-clock').innerText()).toMatch(/^\d\d:\d\d$/);

      await audience.keyboard.press('ArrowLeft');
      await presenter
        .locator('.presenter-current section.slide-stage[aria-label="Slide 2 of 16"]')
        .waitFor();
      await saveScreenshot(presenter, 'presenter-view');

      // Its overview moves the audience's screen too.
      await presenter.keyboard.press('o');
      await presenter
        .getByRole('region', { name: 'All slides' })
        .getByRole('link', { name: /^Slide 12 of 16/ })
        .click();
      await onSlide(audience, 12);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

/** Pages of a PDF: its page objects (`/Type /Page`, not the `/Pages` tree). */
function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
}

describe('the deck as a PDF', () => {
  it('/present/?print prints one slide per landscape page, without controls', async () => {
    const session = await openPage(env.browser, { width: 1400, height: 900 });
    try {
      const { page } = session;
      await page.goto(url('/de/present/?print'));
      await page.waitForFunction(
        (n) => document.querySelectorAll('.deck-print section.slide-stage').length === n,
        SLIDES,
      );
      // It says how, in the page's language, on screen only.
      await page.getByText(/als PDF speichern/).waitFor();
      const pdf = await page.pdf({ preferCSSPageSize: true });
      expect(pdfPages(pdf)).toBe(SLIDES);
      // Landscape, the slide's own shape: 1280×720 CSS px is 960×540 pt.
      expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0 0 960 540\s*\]/);
      await page.emulateMedia({ media: 'print' });
      expect(await page.getByText(/als PDF speichern/).isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'Drucken' }).isVisible()).toBe(false);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('printing any slide (Ctrl+P) prints every slide', async () => {
    const session = await openPage(env.browser, { width: 1280, height: 720 });
    try {
      const { page } = session;
      await page.goto(url('/present/?slide=5'));
      await hydrated(page);
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      expect(await page.locator('.deck-print section.slide-stage').count()).toBe(SLIDES);
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      await onSlide(page, 5);
    } finally {
      await session.close();
    }
  });

  it('the presenter view links it', async () => {
    const session = await openPage(env.browser, { width: 1280, height: 800 });
    try {
      const { page } = session;
      await page.goto(url('/present/?view=presenter&slide=3'));
      const link = page.getByRole('link', { name: 'Slides as PDF' });
      await link.waitFor();
      expect(new URL((await link.getAttribute('href')) ?? '').search).toBe('?print=');
    } finally {
      await session.close();
    }
  });
});
