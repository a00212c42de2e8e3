/**
 * What the engine walk (tests/engines/walk.ts) needs of a browser, the same in Firefox (driven
 * over WebDriver BiDi by puppeteer-core) and WebKit (WebDriver classic, by selenium-webdriver):
 * a tab to load pages in, scripts run in the page or in one of its frames, real clicks and keys.
 */

/** A script run in the page: a function (its source is sent) and its arguments. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each engine passes through whatever the script takes
export type PageScript<T> = (...args: any[]) => T;

export interface EngineTab {
  goto: (url: string) => Promise<void>;
  /** Runs a script in the page, or in the page of its `frame`th iframe (in document order). */
  evaluate: <T>(script: PageScript<T>, args?: unknown[], frame?: number) => Promise<T>;
  /** A real click at the middle of the first element matching, scrolled into view first. */
  click: (selector: string, frame?: number) => Promise<void>;
  /** A real key press, sent to whatever has focus. */
  press: (key: 'Tab' | 'ArrowRight' | 'Enter' | 'o') => Promise<void>;
  /** Sets the page's viewport (the part pages lay out in), in CSS pixels. */
  resize: (width: number, height: number) => Promise<void>;
  /** Errors seen in the top page: uncaught errors, console errors, refused resources. */
  errors: () => Promise<string[]>;
  close: () => Promise<void>;
}

export interface Engine {
  /** Named in every failure: "firefox", "webkit". */
  name: string;
  version: string;
  open: (width: number, height: number) => Promise<EngineTab>;
  quit: () => Promise<void>;
}

/**
 * A recorder for a page of ours on the host's side (an article page): some engines tell a
 * driver nothing of the console, so the page keeps what went wrong in `window.__hostErrors` —
 * uncaught errors, resources refused (a script, a frame), policy violations, console.error.
 */
export const HOST_ERROR_RECORDER = `
window.__hostErrors = [];
addEventListener('error', function (e) {
  var t = e.target;
  __hostErrors.push(t && t !== window && t.tagName ? 'failed to load ' + t.tagName + ' ' + (t.src || t.href) : 'error: ' + e.message);
}, true);
addEventListener('unhandledrejection', function (e) { __hostErrors.push('unhandled rejection: ' + e.reason); });
document.addEventListener('securitypolicyviolation', function (e) { __hostErrors.push('policy: ' + e.violatedDirective + ' ' + e.blockedURI); });
var consoleError = console.error;
console.error = function () { __hostErrors.push('console.error: ' + [].join.call(arguments, ' ')); consoleError.apply(console, arguments); };
`;

/** Waits until `check` holds, polling; fails with `what` after `timeout` ms. */
export async function until(
  check: () => Promise<boolean>,
  what: string,
  timeout = 10_000,
): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
