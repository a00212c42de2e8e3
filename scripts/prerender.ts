/**
 * Writes a static HTML file per route after `vite build`: the app rendered to HTML inside the
 * built index.html, so the first paint needs no JavaScript. Then removes the SSR bundle.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import type { PreviewCard } from '../src/app/sharePreview';
import { bakeDrawings } from './bakeDrawings';
import { readBuildOptions } from './buildOptions';
import { drawPreviews } from './previewImages';
import { allStyleFiles, pageStyleFiles, type Manifest } from './pageStyles';
import { headersFile, securityMeta } from './securityPolicy';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const ssrOut = join(root, 'dist-ssr');
/** The base path, and its public address for canonical and preview URLs (optional). */
const { base, siteUrl } = readBuildOptions();
const MARKER = '<div id="root"></div>';
const HEAD_MARKER = '<!--app-head-->';

interface ServerEntry {
  prepare: () => Promise<void>;
  previews: () => { card: PreviewCard; file: string }[];
  oembeds: (base: string, siteUrl: string | null) => { file: string; json: unknown }[];
  render: (
    relativePath: string,
    base: string,
    siteUrl: string | null,
    bakes: Record<string, string>,
  ) => { html: string; head: string; lang: string; view: string };
  ROUTES: readonly string[];
}

/** Every chart, drawn by Recharts at build time, for the pages that show it. */
const bakes = bakeDrawings(root);
console.log(`baked ${Object.keys(bakes).length} chart drawings`);

await build({
  root,
  logLevel: 'warn',
  build: { ssr: 'src/entry-server.tsx', outDir: ssrOut, emptyOutDir: true, copyPublicDir: false },
});
const entry = (await import(pathToFileURL(join(ssrOut, 'entry-server.js')).href)) as ServerEntry;
await entry.prepare();
const template = await readFile(join(dist, 'index.html'), 'utf8');
for (const marker of [MARKER, HEAD_MARKER]) {
  if (!template.includes(marker)) throw new Error(`dist/index.html has no ${marker}`);
}

const STYLES_MARKER = '<!--page-styles-->';
/**
 * Vite links the global stylesheet (src/styles, imported by the boot script); each page inlines
 * its own styles instead (pageStyles), so the link makes way for them.
 */
function takeStyleLinks(html: string): string {
  const links = html.match(/<link rel="stylesheet"[^>]*>\s*/g) ?? [];
  if (links.length === 0) throw new Error('dist/index.html links no stylesheet');
  let out = html.replace(links[0] ?? '', `${STYLES_MARKER}\n    `);
  for (const link of links.slice(1)) out = out.replace(link, '');
  return out;
}
/**
 * The boot script (0.5 KB, a module, so it never blocks parsing or paint) is taken out of the
 * template and put first in <head>, right after the CSP that governs it: the browser then asks
 * for it while the HTML is still arriving, and it is there before the first layout is done.
 * At the end of <body> it was only requested after that layout, adding a round trip to LCP.
 */
function takeScripts(html: string): { html: string; scripts: string } {
  const tags = html.match(/<script type="module"[^>]*><\/script>\s*/g) ?? [];
  let out = html;
  for (const tag of tags) out = out.replace(tag, '');
  return { html: out, scripts: tags.map((tag) => tag.trim()).join('\n    ') };
}
const { html: styledTemplate, scripts: bootScripts } = takeScripts(takeStyleLinks(template));

/** The built app entry, which the boot script (src/main.tsx) loads from #root's data-app. */
const manifest = JSON.parse(
  await readFile(join(dist, '.vite', 'manifest.json'), 'utf8'),
) as Manifest;
const appFile = manifest['src/client.tsx']?.file;
if (!appFile) throw new Error('the build manifest has no src/client.tsx entry');
/** Each edition's message catalogue, which the boot script fetches alongside the app. */
function catalogueFile(lang: string): string {
  const file = manifest[`src/lib/i18n/${lang}.ts`]?.file;
  if (!file) throw new Error(`the build manifest has no catalogue for ${lang}`);
  return `${base}${file}`;
}
/**
 * The live charts' chunks the app does not load itself, which it fetches ahead without running
 * them (src/lib/fetchChartCode.ts).
 */
function chartCode(): string {
  const chunks = manifest as Record<string, { file: string; imports?: string[] }>;
  const withImports = (key: string, into: Set<string>): Set<string> => {
    const chunk = chunks[key];
    if (!chunk || into.has(chunk.file)) return into;
    into.add(chunk.file);
    for (const imported of chunk.imports ?? []) withImports(imported, into);
    return into;
  };
  const app = withImports('src/client.tsx', new Set());
  const charts = Object.keys(chunks).filter((key) => /^src\/charts\/\w+Chart\.tsx$/.test(key));
  if (charts.length === 0) throw new Error('the build manifest has no chart chunks');
  const files = new Set(charts.flatMap((key) => [...withImports(key, new Set())]));
  return [...files]
    .filter((file) => !app.has(file))
    .map((file) => `${base}${file}`)
    .join(' ');
}
const chartCodeUrls = chartCode();
/** Each edition's dataset (its texts only), which the boot script also fetches with the app. */
function datasetFile(lang: string): string {
  const file = manifest[`src/data/dataset.json?lang=${lang}`]?.file;
  if (!file) throw new Error(`the build manifest has no dataset for ${lang}`);
  return `${base}${file}`;
}
/** Embed pages wake the app on their reader's intent only (whenHydrationWanted). */
const rootTag = (lang: string, relativePath: string) =>
  `<div id="root" data-app="${base}${appFile}" data-catalogue="${catalogueFile(lang)}" data-dataset="${datasetFile(lang)}"${
    /(^|\/)embed\/[^/]+$/.test(relativePath) ? ' data-wake="intent"' : ''
  } data-chart-code="${chartCodeUrls}">`;

/**
 * The page's styles, inlined as one block (≈3 KB gzipped): the first paint then waits for no
 * request but the HTML itself. Each page has the global styles and those of the components its
 * view can show, not another view's (the deck's are not on the dashboard).
 */
const styleFiles = new Map<string, string>();
const inlinedStyles = new Set<string>();
async function pageStyles(view: string): Promise<string> {
  const css: string[] = [];
  for (const file of pageStyleFiles(manifest, view)) {
    if (!styleFiles.has(file))
      styleFiles.set(file, (await readFile(join(dist, file), 'utf8')).trim());
    inlinedStyles.add(file);
    css.push(styleFiles.get(file) ?? '');
  }
  return `<style>${css.join('\n')}</style>`;
}

async function page(relativePath: string): Promise<string> {
  const { html, head, lang, view } = entry.render(relativePath, base, siteUrl, bakes);
  const styles = await pageStyles(view);
  return styledTemplate
    .replace(STYLES_MARKER, () => styles)
    .replace(/<html lang="[^"]*"/, `<html lang="${lang}"`)
    .replace(/<title>[\s\S]*?<\/title>\s*/, '')
    .replace(HEAD_MARKER, `${securityMeta()}\n    ${bootScripts}\n    ${head}`)
    .replace(MARKER, `${rootTag(lang, relativePath)}${html}</div>`);
}

for (const route of entry.ROUTES) {
  const file = join(dist, route, 'index.html');
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, await page(route));
  console.log(`prerendered /${route}`);
}
// Static hosts answer unknown paths with 404.html; the view fills in the path on the client.
await writeFile(join(dist, '404.html'), await page('404.html-not-found'));
console.log('prerendered 404.html');
// A stylesheet no page inlines would never load (nothing links it): say so instead.
const unused = allStyleFiles(manifest).filter((file) => !inlinedStyles.has(file));
if (unused.length > 0) throw new Error(`no page inlines ${unused.join(', ')}`);
// Link previews and oEmbed: each chart's picture and JSON, beside its pages.
for (const { file, png } of drawPreviews(root, entry.previews(), bakes)) {
  await mkdir(dirname(join(dist, file)), { recursive: true });
  await writeFile(join(dist, file), png);
}
for (const { file, json } of entry.oembeds(base, siteUrl)) {
  await writeFile(join(dist, file), `${JSON.stringify(json, null, 2)}\n`);
}
console.log('drew the link previews and wrote the oEmbed files');
await writeFile(join(dist, '_headers'), headersFile(base, entry.ROUTES));
console.log('wrote _headers');
await rm(ssrOut, { recursive: true, force: true });
