import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { bakeDrawings } from './scripts/bakeDrawings.ts';
import { inlineFavicon } from './scripts/inlineFavicon.ts';

/**
 * The offline build boots src/offline.tsx (client-rendered, hash routes) instead of src/main.tsx.
 */
function offlineEntry(): Plugin {
  return {
    name: 'offline-entry',
    // 'pre': before Vite reads the entry script from the HTML.
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => html.replace('/src/main.tsx', '/src/offline.tsx'),
    },
  };
}

/**
 * The charts drawn by Recharts at build time, as on the site (scripts/bakeCharts.tsx), put into
 * the file as data for src/offline.tsx: each chart shows its drawing at once, and the live chart
 * takes over when the reader reaches for it. `<` is escaped so no SVG text can end the script.
 * Without scripts the file cannot route or draw at all, so it says so instead of staying blank.
 */
function offlineBakes(): Plugin {
  return {
    name: 'offline-bakes',
    apply: 'build',
    transformIndexHtml: (html) => {
      const json = JSON.stringify(bakeDrawings(process.cwd())).replace(/</g, '\\u003c');
      return html.replace(
        '<div id="root"></div>',
        [
          '<div id="root"></div>',
          '<noscript><p>This offline copy of the dashboard needs JavaScript. / Diese Offline-Fassung des Dashboards braucht JavaScript.</p></noscript>',
          `<script type="application/json" id="baked-charts">${json}</script>`,
        ].join('\n    '),
      );
    },
  };
}

/**
 * Inlining turns `<link rel="stylesheet" crossorigin>` into `<style rel="stylesheet" crossorigin>`, not
 * valid HTML (the W3C Nu checker refuses it); neither attribute means anything on inline code.
 */
function validInlineStyles(): Plugin {
  return {
    name: 'valid-inline-styles',
    enforce: 'post',
    // 'post', and listed after viteSingleFile, whose own 'post' step does the inlining.
    generateBundle: {
      order: 'post',
      handler: (_, bundle) => {
        for (const file of Object.values(bundle)) {
          if (file.type === 'asset' && file.fileName.endsWith('.html')) {
            file.source = String(file.source).replace(/<style [^>]*>/g, '<style>');
          }
        }
      },
    },
  };
}

/**
 * npm run build:offline: one self-contained HTML file in dist-offline/ (scripts, styles, data
 * inlined by vite-plugin-singlefile; system fonts) that runs from a USB stick over file:// with
 * no network: the dashboard, the embeds and the presentation.
 */
export default defineConfig({
  base: './',
  // One file with hash routes, read from a disk: no CSV files beside it (see ChartActions).
  define: { 'import.meta.env.HASH_ROUTES': 'true' },
  plugins: [
    offlineEntry(),
    offlineBakes(),
    inlineFavicon(),
    react(),
    viteSingleFile({ removeViteModuleLoader: true }),
    validInlineStyles(),
  ],
  build: {
    // scripts/build.ts builds into a scratch folder and moves it here once it has succeeded.
    outDir: 'dist-offline',
    emptyOutDir: true,
    target: 'es2022',
    // Inline everything, the dataset download included.
    assetsInlineLimit: Number.MAX_SAFE_INTEGER,
    copyPublicDir: false,
  },
});
