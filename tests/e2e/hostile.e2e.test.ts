/**
 * Hard to break: a seeded fuzz of bad addresses and options (reproducible: FUZZ_SEED, FUZZ_RUNS),
 * each answered with a page that is not blank, throws nothing, opens no dialog and shows the right
 * fallback or 404; and the security headers every page carries.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 as prng } from '../../scripts/mulberry32';
import { browserAndSiteForFile, openPage, type PageSession } from './support/browser';

const SEED = Number(process.env.FUZZ_SEED ?? 20240708);
const RUNS = Number(process.env.FUZZ_RUNS ?? 240);

const NASTY = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "';alert(1);//",
  'javascript:alert(1)',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '%E0%A4%A',
  '%',
  '../../etc/passwd',
  '..%2F..%2F',
  '💣🔥',
  'Ünïcödé',
  '\u202etxt.exe',
  '__proto__',
  'constructor',
  'a'.repeat(3000),
  ' ',
  '%00',
  '-1',
  '1e309',
  'NaN',
  '0x10',
];
const KEYS = ['lang', 'currency', 'theme', 'transparent', 'tab', 'slide', 'view', 'autoplay', 'x'];
const PATHS = [
  '',
  'de/',
  'embed/',
  'embed/aid-totals/',
  'de/embed/timeline/',
  'present/',
  'de/present/',
];

interface Case {
  path: string;
  /** Known page with bad options (200, content intact) or unknown page (404). */
  known: boolean;
}

function cases(): Case[] {
  const random = prng(SEED);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const out: Case[] = [];
  for (let i = 0; i < RUNS; i++) {
    if (random() < 0.3) {
      // An unknown path: a nasty segment under a real prefix.
      const segment = encodeURIComponent(pick(NASTY)).slice(0, 1500) || 'x';
      out.push({ path: `${pick(['', 'de/', 'embed/', 'present/x/'])}${segment}/`, known: false });
    } else {
      const params = Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
        const value =
          random() < 0.5 ? encodeURIComponent(pick(NASTY)) : pick(NASTY).replace(/[#&]/g, '');
        return `${pick(KEYS)}=${value}`;
      });
      out.push({ path: `${pick(PATHS)}?${params.join('&')}`, known: true });
    }
  }
  return out;
}

const env = browserAndSiteForFile();

/** The 404 of a page that is meant to be missing; Chromium logs it as a console error. */
const EXPECTED_404 = /Failed to load resource: the server responded with a status of 404/;

describe(`fuzz: ${RUNS} bad addresses (seed ${SEED})`, () => {
  let session: PageSession;
  let page: Page;
  const dialogs: string[] = [];

  beforeAll(async () => {
    session = await openPage(env.browser, { width: 1024, height: 768 });
    page = session.page;
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });

  afterAll(async () => {
    await session?.close();
  });

  // 240 page loads take 45-60 s on a busy 2-core machine: the test allows a second per address.
  it(
    'answers each with a whole page or the 404 page, and never runs their script',
    async () => {
      const failures: string[] = [];
      for (const { path, known } of cases()) {
        const before = session.errors.length;
        let status = 0;
        try {
          const response = await page.goto(new URL(path, env.site.url).href, { waitUntil: 'load' });
          status = response?.status() ?? 0;
          // Let the app wake up (a query hydrates at once) and apply the options.
          await page.waitForTimeout(60);
        } catch (error) {
          failures.push(`${path}: navigation failed: ${(error as Error).message}`);
          continue;
        }
        const seen = await page.evaluate(() => ({
          h1: document.querySelector('h1')?.textContent?.trim() ?? '',
          text: document.body.innerText.trim().length,
          hijacked: (window as unknown as { __pwned?: boolean }).__pwned === true,
          figures: document.querySelectorAll('.figure-value').length,
        }));
        const errors = session.errors.slice(before).filter((e) => !EXPECTED_404.test(e));
        const label = `${path.slice(0, 120)} (${status})`;
        if (seen.text < 40) failures.push(`${label}: blank page`);
        if (errors.length) failures.push(`${label}: ${errors.join(' | ')}`);
        if (seen.hijacked) failures.push(`${label}: script ran`);
        if (known && status !== 200) failures.push(`${label}: expected 200`);
        if (!known && status !== 404) failures.push(`${label}: expected 404`);
        if (!known && !/Page not found|Seite nicht gefunden/.test(seen.h1))
          failures.push(`${label}: no 404 page`);
        if (known && /^(|de\/)\?/.test(path) && seen.figures < 8)
          failures.push(`${label}: figures missing`);
      }
      expect(failures).toEqual([]);
      expect(dialogs).toEqual([]);
    },
    RUNS * 1000,
  );
});

describe('security headers', () => {
  it('every page carries a strict policy: no inline script, no eval, not framable', async () => {
    for (const path of ['/', '/de/', '/present/', '/de/present/']) {
      const response = await fetch(new URL(path, env.site.url));
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      const html = await response.text();
      expect(html).toContain('<meta http-equiv="Content-Security-Policy"');
      // Every script is a file: none inline.
      expect(html.match(/<script\b(?![^>]*\bsrc=)[^>]*>/g) ?? [], path).toEqual([]);
    }
  });

  it('embeds may be framed by anyone; the dashboard by no one', async () => {
    const embed = await fetch(new URL('/embed/aid-totals/', env.site.url));
    expect(embed.headers.get('content-security-policy')).toContain('frame-ancestors *');

    const session = await openPage(env.browser);
    try {
      const { page } = session;
      // A page on another origin (a data: URL) tries to frame the dashboard.
      await page.setContent(
        `<iframe id="f" src="${new URL('/', env.site.url).href}" title="x"></iframe>`,
      );
      await page.waitForTimeout(1000);
      const framed = page.frames().find((f) => f.url().startsWith(env.site.url));
      const heading = framed
        ? await framed
            .locator('h1')
            .count()
            .catch(() => 0)
        : 0;
      expect(heading).toBe(0);
    } finally {
      await session.close();
    }
  });

  it('the host’s own files are never served as pages', async () => {
    for (const path of ['/_headers', '/de/_headers', '/_redirects']) {
      const response = await fetch(new URL(path, env.site.url));
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain('Content-Security-Policy:');
    }
  });

  it('external links open safely', async () => {
    const session = await openPage(env.browser);
    try {
      const { page } = session;
      for (const path of ['/', '/embed/aid-totals/']) {
        await page.goto(new URL(path, env.site.url).href);
        const unsafe = await page
          .locator('a[target="_blank"]')
          .evaluateAll((links) =>
            links
              .filter((a) => !/noopener/.test(a.getAttribute('rel') ?? ''))
              .map((a) => a.outerHTML),
          );
        expect(unsafe, path).toEqual([]);
      }
    } finally {
      await session.close();
    }
  });
});
