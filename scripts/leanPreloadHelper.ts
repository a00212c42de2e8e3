import type { Plugin } from 'vite';

const HELPER_ID = '\0vite/preload-helper.js';
/** Where Vite writes each lazy import's list of files to preload, once chunks are named. */
const DEPS_MARKER = '__VITE_PRELOAD__';

/**
 * Vite wraps every lazy import in a 1.4 KB (gzip) helper that preloads the chunk's CSS and
 * module dependencies. This site needs neither: module preloading is off (the app loads after
 * the first paint), and every page has the CSS of all the code it can run inlined already,
 * lazy chunks' included (scripts/prerender.ts reads it from the manifest). So the helper
 * becomes the one line it reduces to, out of the first view's budget, and the lists of CSS files
 * Vite would pass it are left out before Vite fills them in: each would add its file names and a
 * lookup function to the chunks that import lazily.
 */
export function leanPreloadHelper(): Plugin {
  return {
    name: 'lean-preload-helper',
    apply: 'build',
    enforce: 'pre',
    resolveId: (id) => (id === HELPER_ID ? id : null),
    load: (id) => (id === HELPER_ID ? 'export const __vitePreload = (load) => load();' : null),
    renderChunk: (code) => (code.includes(DEPS_MARKER) ? code.replaceAll(DEPS_MARKER, '[]') : null),
  };
}
