import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
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
 * npm run build:offline: one self-contained HTML file in dist-offline/ (scripts, styles, data
 * inlined by vite-plugin-singlefile; system fonts) that runs from a USB stick over file:// with
 * no network: the dashboard, the embeds and the presentation.
 */
export default defineConfig({
  base: './',
  plugins: [
    offlineEntry(),
    inlineFavicon(),
    react(),
    viteSingleFile({ removeViteModuleLoader: true }),
  ],
  build: {
    outDir: 'dist-offline',
    emptyOutDir: true,
    target: 'es2022',
    // Inline everything, the dataset download included.
    assetsInlineLimit: Number.MAX_SAFE_INTEGER,
    copyPublicDir: false,
  },
});
