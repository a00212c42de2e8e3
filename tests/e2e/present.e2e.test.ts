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
      await page.keyboard.press('Escape');
      await page.waitForURL(url('/'));
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
  it('fits the screen without scrolling, with large main text', async () => {
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
          const main = stage.querySelector('.slide-main') as HTMLElement;
          const mainSize =
            parseFloat(getComputedStyle(main).fontSize) * (box.height / stage.offsetHeight);
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
          };
        });
        expect(fit.scrollW, `slide ${n}`).toBe(fit.innerW);
        expect(fit.scrollH, `slide ${n}`).toBe(fit.innerH);
        expect(fit.inside, `slide ${n} inside the screen`).toBe(true);
        expect(fit.overflow, `slide ${n} content inside its stage`).toBe(false);
        expect(fit.mainShare, `slide ${n} main text share of screen height`).toBeGreaterThanOrEqual(
          0.05,
        );
        if ((width === 1920 && height === 1080) || width === 1024) {
          await saveScreenshot(page, `slide-${String(n).padStart(2, '0')}-${width}x${height}`);
        }
      }
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
