/**
 * Deploying to a sub-path, as a newcomer would: a copy of the repository built and started with
 * `BASE=/sub/ SITE_URL=https://example.org npm start`, then read in Chromium at the address it
 * prints. Then the same copy's build broken on purpose: the previous dist/ must survive it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, waitForCharts } from './support/browser';
import { copyRepository } from '../../scripts/copyRepository';

/** A build and a start on a slow machine: well inside CI's time, well above this one's 15 s. */
const START_TIMEOUT = 240_000;

/** Runs `npm start` and resolves with the address it prints once it serves. */
function npmStart(
  cwd: string,
  env: Record<string, string>,
): Promise<{ url: string; child: ChildProcess }> {
  // Its own process group, so the build and the server it starts stop together.
  const child = spawn('npm', ['start'], {
    cwd,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const url = /Local:\s+(http:\/\/\S+)/.exec(output)?.[1];
      if (url) resolve({ url, child });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`npm start exited (${code}):\n${output}`)));
  });
}

/** Stops `npm start` and what it started; a group that has already ended is fine. */
function stop(child: ChildProcess | undefined): void {
  if (!child?.pid) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already ended.
  }
}

/** Every file of a folder with a hash of its contents: equal listings, equal folders. */
function fingerprint(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else out[relative(dir, path)] = createHash('sha1').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

/** Loads a page and records every request that failed or was answered with an error. */
async function visit(page: Page, url: string, expectStatus = 200): Promise<string[]> {
  const failed: string[] = [];
  page.on('requestfailed', (r) =>
    failed.push(`${r.url()} (${r.failure()?.errorText ?? 'failed'})`),
  );
  page.on('response', (r) => {
    if (r.status() >= 400 && !(r.url() === url && r.status() === expectStatus)) {
      failed.push(`${r.url()} (${r.status()})`);
    }
  });
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(expectStatus);
  return failed;
}

describe('a sub-path deploy, previewed with npm start', () => {
  let copy: string;
  let browser: Browser;
  let server: ChildProcess | undefined;
  let site: string;

  beforeAll(async () => {
    copy = copyRepository();
    const [started, launched] = await Promise.all([
      // NODE_ENV as a shell set up for development has it: the site is built for production still.
      npmStart(copy, {
        BASE: 'sub',
        SITE_URL: 'https://example.org',
        PORT: '0',
        NODE_ENV: 'development',
      }),
      launchBrowser(),
    ]);
    ({ url: site, child: server } = started);
    browser = launched;
  }, START_TIMEOUT);

  afterAll(async () => {
    stop(server);
    await browser?.close();
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it('prints the full address, at the base (a missing slash in BASE added)', () => {
    expect(site).toMatch(/^http:\/\/localhost:\d+\/sub\/$/);
  });

  it("builds React's production code whatever NODE_ENV the shell has", () => {
    const assets = join(copy, 'dist', 'assets');
    const scripts = readdirSync(assets).filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(5);
    // Only React's development build carries its hydration warnings' link.
    const development = scripts.filter((file) =>
      readFileSync(join(assets, file), 'utf8').includes('react.dev/link/hydration-mismatch'),
    );
    expect(development).toEqual([]);
  });

  it.each([
    ['the dashboard', '', 2],
    ['an embed', 'embed/drones/', 1],
    ['the German dashboard', 'de/', 2],
  ])('loads %s with its live charts and no failed request', async (_, path, charts) => {
    const session = await openPage(browser);
    try {
      const failed = await visit(session.page, `${site}${path}`);
      await waitForCharts(session.page, charts);
      expect(failed).toEqual([]);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('loads the deck and steps to a chart slide with no failed request', async () => {
    const session = await openPage(browser, { width: 1280, height: 720 });
    try {
      const { page } = session;
      const failed = await visit(page, `${site}present/`);
      await page.waitForSelector('#root[data-awake]', { state: 'attached' });
      // Slide 8 is the first chart: its live chart's code comes from under the base too.
      for (let n = 2; n <= 8; n++) {
        await page.keyboard.press('ArrowRight');
        await page.waitForFunction(
          (prefix) =>
            document
              .querySelector('section.slide-stage')
              ?.getAttribute('aria-label')
              ?.startsWith(prefix),
          `Slide ${n} of `,
        );
      }
      await page.locator('.slide-stage svg.recharts-surface').waitFor();
      expect(new URL(page.url()).pathname).toBe('/sub/present/');
      expect(new URL(page.url()).searchParams.get('slide')).toBe('8');
      expect(failed).toEqual([]);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('answers a German path that is not there with the German 404 page, before any script', async () => {
    const session = await openPage(browser, { javaScriptEnabled: false });
    try {
      await visit(session.page, `${site}de/nope/`, 404);
      await expect(session.page.locator('h1').textContent()).resolves.toBe('Seite nicht gefunden');
      expect(await session.page.getAttribute('html', 'lang')).toBe('de');
      // Its language link goes to the English home page (one 404 page serves every path).
      const english = session.page.getByRole('link', { name: 'English' });
      expect(await english.getAttribute('href')).toBe('/sub/');
      // Its way home is to the German dashboard (it led to the English one).
      const home = session.page.getByRole('link', { name: 'Zur Übersicht' });
      expect(await home.getAttribute('href')).toBe('/sub/de/');
    } finally {
      await session.close();
    }
  });

  it('names the address asked for, with its base and language, once the page wakes, moving nothing', async () => {
    const linksTop = (page: Page) =>
      page.locator('.not-found-links').evaluate((list) => list.getBoundingClientRect().top);
    const asleep = await openPage(browser, { javaScriptEnabled: false });
    const session = await openPage(browser);
    try {
      await visit(asleep.page, `${site}de/nope/?x=1`, 404);
      // Before any script the sentence stands alone, with no colon waiting for an address.
      expect(await asleep.page.locator('main p').first().textContent()).toBe(
        'Unter dieser Adresse gibt es keine Seite.',
      );
      const failed = await visit(session.page, `${site}de/nope/?x=1`, 404);
      await session.page.locator('code', { hasText: '/sub/de/nope/' }).waitFor();
      expect(await session.page.locator('h1').textContent()).toBe('Seite nicht gefunden');
      expect(await linksTop(session.page)).toBe(await linksTop(asleep.page));
      expect(failed).toEqual([]);
    } finally {
      await asleep.close();
      await session.close();
    }
  });

  it('has embed code for another site in the prerendered page, before any script', async () => {
    const session = await openPage(browser, { javaScriptEnabled: false });
    try {
      await visit(session.page, `${site}embed/`);
      const code = await session.page.locator('pre, code, textarea').allTextContents();
      expect(code.join('\n')).toContain('<iframe src="https://example.org/sub/embed/drones/"');
      expect(code.join('\n')).toContain('https://example.org/sub/embed.js');
    } finally {
      await session.close();
    }
  });

  it('lets its embeds run in a sandbox in every engine: their policy names the public origin', async () => {
    // Safari matches 'self' against the opaque origin of WordPress's sandbox; the origin, named,
    // is matched in every engine (scripts/securityPolicy.ts).
    const embed = await fetch(`${site}embed/drones/`);
    const named = "script-src 'self' https://example.org;";
    expect(embed.headers.get('content-security-policy')).toContain(named);
    expect(await embed.text()).toContain(named);
    expect((await fetch(site)).headers.get('content-security-policy')).toContain(
      "script-src 'self';",
    );
    // And the oEmbed a content system reads has absolute addresses only.
    const oembed = (await (await fetch(`${site}embed/drones/oembed.json`)).json()) as {
      html: string;
      provider_url: string;
    };
    expect(oembed.provider_url).toBe('https://example.org/sub/');
    for (const [, address] of oembed.html.matchAll(/(?:src|href)="([^"]*)"/g)) {
      expect(address).toMatch(/^https:\/\/example\.org\/sub\//);
    }
  });

  describe('a build that fails', () => {
    let before: Record<string, string>;
    beforeAll(async () => {
      // The site that is being served is the previous build; stop serving it first.
      stop(server);
      server = undefined;
      before = fingerprint(join(copy, 'dist'));
    });

    it.each([
      [
        'checking the dataset',
        'src/data/dataset.json',
        (text: string) => text.replace('"figures"', '"figurez"'),
      ],
      [
        'prerendering the pages',
        'index.html',
        (text: string) => text.replace('<!--app-head-->', ''),
      ],
    ])(
      'stops while %s, says so, and leaves the previous dist/ as it was',
      (step, file, damage) => {
        const path = join(copy, file);
        const good = readFileSync(path, 'utf8');
        writeFileSync(path, damage(good));
        try {
          const run = spawnSync('npm', ['run', 'build', '--silent'], {
            cwd: copy,
            env: { ...process.env, BASE: '/sub/' },
            encoding: 'utf8',
          });
          expect(run.status).toBe(1);
          expect(run.stderr).toContain(`Build failed while ${step}. dist/ is as it was`);
          expect(fingerprint(join(copy, 'dist'))).toEqual(before);
          expect(existsSync(join(copy, '.build'))).toBe(false);
        } finally {
          writeFileSync(path, good);
        }
      },
      START_TIMEOUT,
    );

    it('the offline build too: a damaged dataset leaves dist-offline/ as it was', () => {
      const path = join(copy, 'src/data/dataset.json');
      const good = readFileSync(path, 'utf8');
      writeFileSync(path, good.replace('"quotes"', '"quotez"'));
      try {
        const run = spawnSync('npm', ['run', 'build:offline', '--silent'], {
          cwd: copy,
          encoding: 'utf8',
        });
        expect(run.status).toBe(1);
        expect(run.stderr).toContain(
          'Build failed while checking the dataset. dist-offline/ is as it was (there was none)',
        );
        expect(run.stderr).toContain('src/data/dataset.json: quotes: is missing');
        expect(existsSync(join(copy, 'dist-offline'))).toBe(false);
      } finally {
        writeFileSync(path, good);
      }
    });
  });
});
