// @vitest-environment node
/**
 * Styles sit beside what they style: each component's CSS file is next to the component of the
 * same name, which imports it, and src/styles/ holds only what is global. No file grows past
 * what one person can read at once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(process.cwd(), 'src');
const MAX_LINES = 250;
/** src/styles: tokens, base elements and layout, shared controls, currency, print, lazy sections. */
const GLOBAL = [
  'base.css',
  'controls.css',
  'currency.css',
  'lazySections.css',
  // What `npm run placeholders` measured for lazySections.css.
  'placeholderSizes.css',
  'print.css',
  'tokens.css',
];

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path, ext);
    return ext.test(entry.name) ? [path] : [];
  });
}

const cssFiles = files(SRC, /\.css$/);
const codeFiles = files(SRC, /\.tsx?$/);
const rel = (path: string) => relative(process.cwd(), path);
/** Every stylesheet import in the code, as [importing file, imported path]. */
const cssImports = codeFiles.flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/^import '([^']+\.css)';$/gm)].map(
    (match) => [file, match[1] ?? ''] as const,
  ),
);

describe('styles beside what they style', () => {
  /** Written by a script (a table of measurements), not read at once by a person. */
  const generated = (file: string) =>
    readFileSync(file, 'utf8').startsWith('/* Written by `npm run');

  it.each(cssFiles.filter((file) => !generated(file)).map(rel))(
    '%s is at most 250 lines',
    (file) => {
      expect(readFileSync(file, 'utf8').split('\n').length).toBeLessThanOrEqual(MAX_LINES);
    },
  );

  it('src/styles holds only the global stylesheets', () => {
    expect(readdirSync(join(SRC, 'styles')).sort()).toEqual(GLOBAL);
  });

  it.each(cssFiles.filter((file) => !file.startsWith(join(SRC, 'styles'))).map(rel))(
    '%s is imported by the component beside it, and only by it',
    (file) => {
      const component = file.replace(/\.css$/, '.tsx');
      const importers = cssImports
        .filter(([from, path]) => join(dirname(from), path) === join(process.cwd(), file))
        .map(([from]) => rel(from));
      expect(importers).toEqual([component]);
    },
  );

  it('a component imports only its own stylesheet; the global ones only the entries do', () => {
    for (const [from, path] of cssImports) {
      const own = `./${basename(from).replace(/\.tsx$/, '.css')}`;
      const entry = ['main.tsx', 'offline.tsx'].includes(relative(SRC, from));
      if (entry) expect(path, rel(from)).toMatch(/^\.\/styles\/[\w]+\.css$/);
      else expect(path, rel(from)).toBe(own);
    }
  });
});
