import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { Builder, By, Key, type WebDriver } from 'selenium-webdriver';
import { until, type Engine, type EngineTab } from './engine';
import { freePort } from './freePort';

/** Debian's WebKitGTK MiniBrowser (webkit2gtk-driver), wherever the architecture puts it. */
function miniBrowser(): string {
  if (process.env.WEBKIT_MINIBROWSER) return process.env.WEBKIT_MINIBROWSER;
  const lib = '/usr/lib';
  for (const dir of readdirSync(lib)) {
    const path = `${lib}/${dir}/webkit2gtk-4.1/MiniBrowser`;
    if (existsSync(path)) return path;
  }
  throw new Error('webkit: no MiniBrowser (apt-get install webkit2gtk-driver)');
}

/**
 * Debian's WebKitGTK, as Safari's engine stands in for here: WebKitWebDriver starting the
 * MiniBrowser under a virtual X display (xvfb-run), driven by selenium-webdriver. One window for
 * the whole walk; a tab is that window, left on a blank page when closed.
 */
export async function webkit(): Promise<Engine> {
  const port = await freePort();
  // Its own process group, so quitting ends Xvfb and the browser with the driver.
  const server = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`], {
    detached: true,
    stdio: 'ignore',
  });
  const endServer = () => {
    try {
      if (server.pid) process.kill(-server.pid, 'SIGTERM');
    } catch {
      // Already ended.
    }
  };
  try {
    await until(
      () =>
        fetch(`http://127.0.0.1:${port}/status`).then(
          (r) => r.ok,
          () => false,
        ),
      'WebKitWebDriver to listen',
      20_000,
    );
  } catch (error) {
    endServer();
    throw error;
  }
  const driver: WebDriver = await new Builder()
    .usingServer(`http://127.0.0.1:${port}`)
    .withCapabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: miniBrowser(), args: ['--automation'] },
    })
    .build();
  const capabilities = await driver.getCapabilities();
  const inFrame = async <T>(frame: number | undefined, run: () => Promise<T>): Promise<T> => {
    if (frame === undefined) return run();
    await driver.switchTo().frame(frame);
    try {
      return await run();
    } finally {
      await driver.switchTo().defaultContent();
    }
  };
  return {
    name: 'webkit',
    version: String(capabilities.get('browserVersion') ?? ''),
    async open(width, height) {
      const tab: EngineTab = {
        goto: (url) => driver.get(url),
        evaluate: (script, args = [], frame) =>
          inFrame(frame, () => driver.executeScript(script, ...args)),
        click: (selector, frame) =>
          inFrame(frame, async () => {
            const element = await driver.findElement(By.css(selector));
            await driver.executeScript('arguments[0].scrollIntoView({block: "center"})', element);
            await element.click();
          }),
        press: (key) =>
          driver
            .actions()
            .sendKeys({ Tab: Key.TAB, ArrowRight: Key.ARROW_RIGHT, Enter: Key.ENTER, o: 'o' }[key])
            .perform(),
        async resize(w, h) {
          // The window's size includes its frame: set it, measure the page, correct once.
          await driver.manage().window().setRect({ width: w, height: h });
          const [iw, ih] = await driver.executeScript<[number, number]>(
            'return [innerWidth, innerHeight]',
          );
          await driver
            .manage()
            .window()
            .setRect({ width: w + (w - iw), height: h + (h - ih) });
        },
        errors: () => driver.executeScript<string[]>('return window.__hostErrors || []'),
        close: () => driver.get('about:blank'),
      };
      await tab.resize(width, height);
      return tab;
    },
    async quit() {
      await driver.quit().catch(() => undefined);
      endServer();
    },
  };
}
