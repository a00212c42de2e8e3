// @vitest-environment node
/**
 * The repository carries its own architecture notes (docs/ARCHITECTURE.md): comments point there,
 * never to a document the repository does not have, and the files the notes name exist.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORS_HEADER, CSP, embedCsp, REFERRER_POLICY } from '../../../scripts/securityPolicy';

const ROOT = process.cwd();

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path);
    return /\.(ts|tsx|mjs|js|css)$/.test(entry.name) ? [path] : [];
  });
}

describe('architecture notes', () => {
  it('no code points to a DESIGN.md outside the repository', () => {
    const pointing = ['src', 'scripts', 'tests']
      .flatMap((dir) => files(join(ROOT, dir)))
      .filter((file) => !file.endsWith('docs.test.ts'))
      .filter((file) => readFileSync(file, 'utf8').includes('DESIGN.md'))
      .map((file) => relative(ROOT, file));
    expect(pointing).toEqual([]);
  });

  it('every file docs/ARCHITECTURE.md names exists', () => {
    const notes = readFileSync(join(ROOT, 'docs/ARCHITECTURE.md'), 'utf8');
    const named = [...notes.matchAll(/`((?:src|scripts|tests)\/[\w./-]+|eslint\.config\.js)`/g)]
      .map((match) => match[1] ?? '')
      .filter((path) => !path.endsWith('/'));
    expect(named.length).toBeGreaterThan(10);
    expect(named.filter((path) => !existsSync(join(ROOT, path)))).toEqual([]);
  });
});

describe('deploy notes in the README', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const nginx = /```nginx\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';

  it('give nginx the very policy the build writes into _headers', () => {
    expect(nginx).toContain(
      `Content-Security-Policy "${CSP.replace("script-src 'self'", 'script-src $script_src')}; frame-ancestors $frame_ancestors"`,
    );
    // Embed pages name the site's origin too, as the build writes for SITE_URL=https://example.org.
    const embedScripts = /script-src ([^;]+)/.exec(embedCsp('https://example.org'))?.[1];
    expect(nginx).toContain(`~^/german-aid/(de/)?embed/  "${embedScripts}";`);
    expect(nginx).toContain(`Referrer-Policy "${REFERRER_POLICY}"`);
    expect(nginx).toContain('X-Content-Type-Options "nosniff"');
    const [name, value] = CORS_HEADER.split(': ');
    expect(nginx).toContain(`add_header ${name} "${value}" always;`);
  });

  it('say where _headers goes and how each 404 page is found', () => {
    expect(readme).toMatch(/_headers` \*\*at the publish root\*\*/);
    expect(nginx).toContain('/german-aid/de/404.html');
    expect(readme).toContain('BASE=/german-aid/ npm start');
    expect(readme).toContain('http://localhost:4173/german-aid/');
  });
});
