/**
 * Writes a static HTML file per route after `vite build`: the app rendered to HTML inside the
 * built index.html, so the first paint needs no JavaScript. Then removes the SSR bundle.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const ssrOut = join(root, 'dist-ssr');
const base = process.env.BASE ?? '/';
const MARKER = '<div id="root"></div>';

interface ServerEntry {
  render: (relativePath: string, base: string) => string;
  ROUTES: readonly string[];
}

await build({
  root,
  logLevel: 'warn',
  build: { ssr: 'src/entry-server.tsx', outDir: ssrOut, emptyOutDir: true, copyPublicDir: false },
});
const entry = (await import(pathToFileURL(join(ssrOut, 'entry-server.js')).href)) as ServerEntry;
const template = await readFile(join(dist, 'index.html'), 'utf8');
if (!template.includes(MARKER)) throw new Error(`dist/index.html has no ${MARKER}`);

function page(relativePath: string): string {
  return template.replace(MARKER, `<div id="root">${entry.render(relativePath, base)}</div>`);
}

for (const route of entry.ROUTES) {
  const file = join(dist, route, 'index.html');
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, page(route));
  console.log(`prerendered /${route}`);
}
// Static hosts answer unknown paths with 404.html; the view fills in the path on the client.
await writeFile(join(dist, '404.html'), page('404.html-not-found'));
console.log('prerendered 404.html');
await rm(ssrOut, { recursive: true, force: true });
