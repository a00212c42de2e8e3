/**
 * The JavaScript a page needs before it is interactive, gzipped as a CDN would send it: the entry
 * script, the app it loads on first use (src/client.tsx) and everything they import statically,
 * read from Vite's build manifest. Chunks loaded on demand (Recharts as a chart nears the
 * viewport, the embed dialog and image export on click) are left out. Shared by `npm run bench` and the budget test so both measure the same.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ScriptSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/** The page's boot script and the app entry it loads (see src/main.tsx). */
export const FIRST_VIEW_ENTRIES = ['index.html', 'src/client.tsx'];

/** The files of every chunk the first view needs, from the manifest's entries. */
export function firstViewFiles(manifest: Manifest, entries = FIRST_VIEW_ENTRIES): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`build manifest has no chunk ${key}`);
    seen.add(key);
    // Dynamic imports load on demand (charts as they near the viewport, dialogs and image
    // export on click), so only static imports count.
    for (const next of chunk.imports ?? []) visit(next);
  };
  entries.forEach(visit);
  return [...seen].map((key) => (manifest[key] as ManifestChunk).file);
}

/**
 * Sizes of the first view's scripts in a build directory (which holds .vite/manifest.json), for a
 * page in the given language: the boot script fetches that edition's catalogue and dataset with
 * the app.
 */
export function firstViewJs(distDir: string, lang = 'en'): ScriptSize[] {
  const manifest = JSON.parse(
    readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8'),
  ) as Manifest;
  const edition = [`src/lib/i18n/${lang}.ts`, `src/data/dataset.json?lang=${lang}`];
  return firstViewFiles(manifest, [...FIRST_VIEW_ENTRIES, ...edition])
    .filter((file) => file.endsWith('.js'))
    .map((file) => {
      const body = readFileSync(join(distDir, file));
      return { file, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length };
    });
}
