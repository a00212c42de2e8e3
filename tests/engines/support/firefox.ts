import puppeteer, { type Frame, type Page } from 'puppeteer-core';
import type { Engine, EngineTab } from './engine';

/** Debian's Firefox ESR, driven over WebDriver BiDi by puppeteer-core. */
export async function firefox(): Promise<Engine> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
  });
  return {
    name: 'firefox',
    version: await browser.version(),
    async open(width, height) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width, height });
      const seen: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') seen.push(`console.error: ${message.text()}`);
      });
      page.on('pageerror', (error) => seen.push(`page error: ${String(error)}`));
      const frameOf = async (index?: number): Promise<Page | Frame> => {
        if (index === undefined) return page;
        const frame = await (await page.$$('iframe'))[index]?.contentFrame();
        if (!frame) throw new Error(`firefox: no iframe ${index}`);
        return frame;
      };
      const tab: EngineTab = {
        goto: async (url) => {
          await page.goto(url, { waitUntil: 'load' });
        },
        // Page scripts return plain values (the walk polls for what takes time).
        evaluate: async <T>(script: (...a: never[]) => T, args: unknown[] = [], frame?: number) =>
          (await (await frameOf(frame)).evaluate(script, ...(args as never[]))) as T,
        click: async (selector, frame) => (await frameOf(frame)).click(selector),
        press: (key) => page.keyboard.press(key),
        resize: (w, h) => page.setViewport({ width: w, height: h }),
        errors: async () => [
          ...seen,
          ...(await page.evaluate(
            () => (window as unknown as { __hostErrors?: string[] }).__hostErrors ?? [],
          )),
        ],
        close: () => context.close(),
      };
      return tab;
    },
    quit: () => browser.close(),
  };
}
