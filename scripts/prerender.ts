/**
 * The build's last steps (run by scripts/build.ts, after `vite build`): a static HTML file per
 * route, the app rendered to HTML inside the built index.html, so the first paint needs no
 * JavaScript; the link previews, oEmbed files and `_headers`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { bakeDrawings } from './bakeDrawings';
import type { BuildOptions } from './buildOptions';
import { drawPreviews } from './previewImages';
import { headersFile } from './securityPolicy';
import { writePages, type ServerEntry } from './writePages';

/** Runs one named step of the build; a failure is reported with the step's name. */
export type Step = <T>(name: string, run: () => Promise<T> | T) => Promise<T>;

export interface PrerenderOptions extends BuildOptions {
  /** The repository. */
  root: string;
  /** The folder `vite build` wrote, which the pages are written into. */
  out: string;
  /** A scratch folder for the server bundle. */
  ssrOut: string;
}

export async function prerender(
  { root, out: dist, ssrOut, base, siteUrl }: PrerenderOptions,
  step: Step,
): Promise<void> {
  /** Every chart, drawn by Recharts at build time, for the pages that show it. */
  const bakes = await step('baking the chart drawings (scripts/bakeCharts.tsx)', () => {
    const drawn = bakeDrawings(root);
    console.log(`baked ${Object.keys(drawn).length} chart drawings`);
    return drawn;
  });

  const entry = await step('bundling the prerenderer (src/entry-server.tsx)', async () => {
    await build({
      root,
      logLevel: 'warn',
      build: {
        ssr: 'src/entry-server.tsx',
        outDir: ssrOut,
        emptyOutDir: true,
        copyPublicDir: false,
        // The server renders every view at once, so it imports statically what the browser
        // loads later; rolldown's warning that this keeps those modules in one chunk is moot.
        rolldownOptions: { checks: { ineffectiveDynamicImport: false } },
      },
    });
    const loaded = (await import(
      pathToFileURL(join(ssrOut, 'entry-server.js')).href
    )) as ServerEntry;
    await loaded.prepare();
    return loaded;
  });

  await step('prerendering the pages', () => writePages({ dist, base, siteUrl, entry, bakes }));

  // Link previews and oEmbed: each chart's picture and JSON, beside its pages.
  await step('drawing the link previews and writing the oEmbed files', async () => {
    for (const { file, png } of drawPreviews(root, entry.previews(), bakes)) {
      await mkdir(dirname(join(dist, file)), { recursive: true });
      await writeFile(join(dist, file), png);
    }
    for (const { file, json } of entry.oembeds(base, siteUrl)) {
      await writeFile(join(dist, file), `${JSON.stringify(json, null, 2)}\n`);
    }
    // Each chart's CSV, linked from its Download CSV (ChartActions), not carried in every page.
    await mkdir(join(dist, 'data'), { recursive: true });
    for (const { file, text } of entry.csvFiles()) await writeFile(join(dist, file), text);
    console.log('drew the link previews and wrote the oEmbed files');
  });

  await step('writing _headers', async () => {
    await writeFile(join(dist, '_headers'), headersFile(base, entry.ROUTES, siteUrl));
    console.log('wrote _headers');
  });
}
