// @vitest-environment node
/**
 * scripts/serve.js (`npm start`) serves a build as the host will: at the base it was built for,
 * with its `_headers`, the nearest 404 page, and never the host's own files.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBuildNote, serve } from '../../../scripts/serve.js';

const site = mkdtempSync(join(tmpdir(), 'serve-'));
const files: Record<string, string> = {
  'index.html': '<html lang="en"><p>home</p></html>',
  'de/index.html': '<html lang="de"><p>Start</p></html>',
  '404.html': '<html lang="en"><h1>Page not found</h1></html>',
  'de/404.html': '<html lang="de"><h1>Seite nicht gefunden</h1></html>',
  'assets/app.js': 'console.log(1);',
  _headers: '/sub/*\n  X-Content-Type-Options: nosniff\n\n/sub/embed/*\n  X-Frame: any\n',
  '.vite/build-options.json': JSON.stringify({
    base: '/sub/',
    siteUrl: 'https://example.org/sub/',
  }),
};
for (const [file, text] of Object.entries(files)) {
  mkdirSync(dirname(join(site, file)), { recursive: true });
  writeFileSync(join(site, file), text);
}

let server: Server;
let url: string;
beforeAll(async () => {
  ({ server, url } = await serve({ dir: site }));
});
afterAll(() => {
  server.close();
  rmSync(site, { recursive: true, force: true });
});

const get = (path: string) => fetch(new URL(path, url), { redirect: 'manual' });

describe('serve', () => {
  it('reads the options the site was built with from its note', () => {
    expect(readBuildNote(site)).toEqual({
      base: '/sub/',
      siteUrl: 'https://example.org/sub/',
      reactDevelopment: false,
    });
    expect(readBuildNote(tmpdir())).toEqual({ base: '/', siteUrl: null, reactDevelopment: false });
  });

  it('gives the full address of the site, at its base', () => {
    expect(url).toMatch(/^http:\/\/localhost:\d+\/sub\/$/);
  });

  it('serves the pages under the base, with the headers of _headers', async () => {
    const home = await get('/sub/');
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('home');
    expect(home.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await get('/sub/de/?currency=USD')).status).toBe(200);
    expect((await get('/sub/assets/app.js')).status).toBe(200);
  });

  it('answers a missing path with the nearest 404 page: German under de/', async () => {
    for (const path of ['/sub/de/nope/', '/sub/de/embed/nope/x/']) {
      const german = await get(path);
      expect(german.status, path).toBe(404);
      expect(await german.text(), path).toContain('Seite nicht gefunden');
    }
    const english = await get('/sub/nope/');
    expect(english.status).toBe(404);
    expect(await english.text()).toContain('Page not found');
  });

  it('has nothing outside the base but a redirect from the root to it', async () => {
    const root = await get('/');
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/sub/');
    expect((await get('/sub')).headers.get('location')).toBe('/sub/');
    // The file is there, but not at the host's root.
    expect((await get('/index.html')).status).toBe(404);
    expect((await get('/assets/app.js')).status).toBe(404);
  });

  it('never serves the host files or the build note as pages', async () => {
    for (const path of ['/sub/_headers', '/sub/_redirects', '/sub/.vite/build-options.json']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toContain('Page not found');
    }
  });

  it('serves at "/" when told to, whatever the note says', async () => {
    const other = await serve({ dir: site, base: '/' });
    try {
      expect(other.url).toMatch(/:\d+\/$/);
      expect((await fetch(new URL('index.html', other.url))).status).toBe(200);
    } finally {
      other.server.close();
    }
  });
});

describe('node scripts/serve.js (npm start)', () => {
  const run = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, ['scripts/serve.js', ...args], {
      env: { ...process.env, ...env },
      encoding: 'utf8',
      timeout: 10_000,
    });

  it('refuses a PORT that is not a port number, saying what to write', () => {
    const result = run([site], { PORT: '80a' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      'PORT="80a" is not a port number: use 0–65535, such as PORT=8080.',
    );
  });

  it('says a folder holds no built site, rather than a stack trace', () => {
    const result = run([tmpdir()]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/holds no built site: run npm run build first/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('says when the port is taken, and which one to try', () => {
    const port = new URL(url).port;
    const result = run([site, '--port', port]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      `Port ${port} is in use: stop what serves there, or choose another, such as PORT=${Number(port) + 1} npm start.`,
    );
  });
});
