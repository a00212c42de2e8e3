/**
 * The prerendered pages (a step of scripts/prerender.ts): each route rendered to HTML by the
 * server entry, inside the built index.html, with its styles inlined and the boot script first in
 * <head>, so the first paint needs no JavaScript. German paths get their own 404 page.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { PreviewCard } from '../src/app/sharePreview';
import { allStyleFiles, pageStyleFiles, type Manifest } from './pageStyles';
import { CSP, embedCsp, securityMeta } from './securityPolicy';

/** What the server bundle (src/entry-server.tsx) gives the build. */
export interface ServerEntry {
  prepare: () => Promise<void>;
  previews: () => { card: PreviewCard; file: string }[];
  oembeds: (base: string, siteUrl: string | null) => { file: string; json: unknown }[];
  csvFiles: () => { file: string; text: string }[];
  render: (
    relativePath: string,
    base: string,
    siteUrl: string | null,
    bakes: Record<string, string>,
  ) => { html: string; head: string; lang: string; view: string };
  ROUTES: readonly string[];
}

/**
 * The 404 pages, by language: English at the root, German under de/. Static hosts answer an
 * unknown path with 404.html, and some with the nearest one up the path (Cloudflare Pages,
 * scripts/serve.js), so German paths get German words before any script.
 */
export const NOT_FOUND_PAGES = ['404.html', 'de/404.html'] as const;

const MARKER = '<div id="root"></div>';
const HEAD_MARKER = '<!--app-head-->';

const STYLES_MARKER = '<!--page-styles-->';
/**
 * Vite links the global stylesheet (src/styles, imported by the boot script); each page inlines
 * its own styles instead (pageStyles), so the link makes way for them.
 */
function takeStyleLinks(html: string): string {
  const links = html.match(/<link rel="stylesheet"[^>]*>\s*/g) ?? [];
  if (links.length === 0) throw new Error('the built index.html links no stylesheet');
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

export interface PageOptions {
  /** The folder `vite build` wrote; the pages go beside its files. */
  dist: string;
  base: string;
  siteUrl: string | null;
  entry: ServerEntry;
  /** Every chart's drawing, baked by the build (scripts/bakeCharts.tsx). */
  bakes: Record<string, string>;
}

export async function writePages({
  dist,
  base,
  siteUrl,
  entry,
  bakes,
}: PageOptions): Promise<void> {
  const template = await readFile(join(dist, 'index.html'), 'utf8');
  for (const marker of [MARKER, HEAD_MARKER]) {
    if (!template.includes(marker)) throw new Error(`the built index.html has no ${marker}`);
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
   * The chunks of what a chart frame mounts over the build's drawing when the reader reaches for
   * it, less what the app loads itself: fetched ahead without running them
   * (src/lib/fetchChartCode.ts): the drawing made live (LiveBakedChart). Not the charts' own code
   * (Recharts, ≈ 110 KB gzipped, and DronesChart): they draw only where no drawing is, on slides,
   * which load their own, and in the offline file, which lists no chunks.
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
    const charts = ['src/charts/LiveBakedChart.tsx'];
    for (const key of charts) {
      if (!chunks[key]) throw new Error(`the build manifest has no chunk for ${key}`);
    }
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
  /**
   * What the boot script does in another site's frame (src/inFrame.ts) is its own entry, which
   * it loads from #root's data-in-frame only there: embed pages ask for it beside the boot
   * script, so their height reaches the host as soon as without the split.
   */
  const inFrameFile = manifest['src/inFrame.ts']?.file;
  if (!inFrameFile) throw new Error('the build manifest has no src/inFrame.ts entry');
  const isEmbed = (relativePath: string) => /(^|\/)embed\/[^/]+$/.test(relativePath);
  const inFramePreload = `<link rel="modulepreload" crossorigin href="${base}${inFrameFile}" />`;
  /** Embed pages wake the app on their reader's intent only (whenHydrationWanted). */
  const rootTag = (lang: string, relativePath: string) =>
    `<div id="root" data-app="${base}${appFile}" data-catalogue="${catalogueFile(lang)}" data-dataset="${datasetFile(lang)}" data-in-frame="${base}${inFrameFile}"${
      isEmbed(relativePath) ? ' data-wake="intent"' : ''
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
      .replace(
        HEAD_MARKER,
        isEmbed(relativePath)
          ? `${securityMeta(embedCsp(siteUrl))}\n    ${bootScripts}\n    ${inFramePreload}\n    ${head}`
          : `${securityMeta(CSP)}\n    ${bootScripts}\n    ${head}`,
      )
      .replace(MARKER, `${rootTag(lang, relativePath)}${html}</div>`);
  }

  for (const route of entry.ROUTES) {
    const file = join(dist, route, 'index.html');
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, await page(route));
    console.log(`prerendered /${route}`);
  }
  // The view fills in the missing path on the client.
  for (const file of NOT_FOUND_PAGES) {
    await writeFile(join(dist, file), await page(`${file}-not-found`));
    console.log(`prerendered ${file}`);
  }
  // A stylesheet no page inlines would never load (nothing links it): say so instead.
  const unused = allStyleFiles(manifest).filter((file) => !inlinedStyles.has(file));
  if (unused.length > 0) throw new Error(`no page inlines ${unused.join(', ')}`);
}
