// @vitest-environment node
/**
 * BASE and SITE_URL are checked before anything is built: a slash is added where it is missing,
 * anything else wrong stops `npm run build` at its first step with one line saying what to
 * write, and dist/ is left as it was.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BuildOptionError,
  readBuildOptions,
  relativeAddressesNote,
} from '../../../scripts/buildOptions';

describe('build options', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['/german-aid/', '/german-aid/'],
    ['/german-aid', '/german-aid/'],
    ['german-aid/', '/german-aid/'],
    ['german-aid', '/german-aid/'],
    [' /data/german-aid ', '/data/german-aid/'],
  ])('BASE=%j builds for %s', (base, expected) => {
    expect(readBuildOptions({ BASE: base }).base).toBe(expected);
  });

  it.each(['https://example.org/aid/', '../aid', './aid', 'aid?x=1', 'aid#top', 'a id', 'C:\\aid'])(
    'refuses BASE=%j, saying what to write',
    (base) => {
      expect(() => readBuildOptions({ BASE: base })).toThrow(BuildOptionError);
      expect(() => readBuildOptions({ BASE: base })).toThrow(/such as BASE=\/german-aid\//);
    },
  );

  it('joins SITE_URL and BASE into the public address', () => {
    expect(readBuildOptions({ SITE_URL: 'https://example.org', BASE: 'german-aid' }).siteUrl).toBe(
      'https://example.org/german-aid/',
    );
    expect(readBuildOptions({ SITE_URL: 'http://localhost:8080/' }).siteUrl).toBe(
      'http://localhost:8080/',
    );
    expect(readBuildOptions({}).siteUrl).toBeNull();
  });

  it.each([
    ['example.org', /with its scheme, such as SITE_URL=https:\/\/example.org/],
    ['ftp://example.org', /with its scheme/],
    ['https://example.org/aid/', /write SITE_URL=https:\/\/example.org and BASE=\/aid\//],
    ['https://example.org/?a=1', /query or fragment/],
  ])('refuses SITE_URL=%j, saying what to write', (siteUrl, says) => {
    expect(() => readBuildOptions({ SITE_URL: siteUrl })).toThrow(says);
  });

  it('a build for publishing without SITE_URL says, in one line, that its addresses are relative', () => {
    const note = relativeAddressesNote(readBuildOptions({ BASE: '/aid/' }), false);
    expect(note).toMatch(/^Note: no SITE_URL, so oEmbed, link previews and embed code use /);
    expect(note).toContain('relative to this site (/aid/…)');
    expect(note).toContain('SITE_URL=https://example.org npm run build');
    expect(note).not.toContain('\n');
    // With the address, or for npm start (a build to look at here), nothing is said.
    expect(
      relativeAddressesNote(readBuildOptions({ SITE_URL: 'https://example.org' }), false),
    ).toBeNull();
    expect(relativeAddressesNote(readBuildOptions({}), true)).toBeNull();
  });

  it('a bad option stops npm run build before it starts, with exit code 1, and dist/ untouched', () => {
    const index = join(process.cwd(), 'dist', 'index.html');
    const before = existsSync(index) ? statSync(index).mtimeMs : null;
    for (const env of [{ BASE: '../german-aid' }, { SITE_URL: 'example.org' }]) {
      const run = spawnSync('npm', ['run', 'build', '--silent'], {
        env: { ...process.env, ...env },
        encoding: 'utf8',
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/^Build stopped before it began\. (BASE|SITE_URL)=/m);
      expect(run.stderr).not.toMatch(/at .*\.ts:\d+/);
    }
    expect(existsSync(index) ? statSync(index).mtimeMs : null).toBe(before);
  });
});
