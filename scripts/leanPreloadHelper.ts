import type { Plugin } from 'vite';

const HELPER_ID = '\0vite/preload-helper.js';

/**
 * Vite wraps every lazy import in a 1.4 KB (gzip) helper that preloads the chunk's CSS and
 * module dependencies. This site has neither: its styles are global and inlined into each page,
 * and module preloading is off (the app loads after the first paint). So the helper becomes the
 * one line it reduces to, out of the first view's budget. Should a lazy chunk ever import CSS,
 * the build stops and says so, rather than ship a chunk whose styles would never load.
 */
export function leanPreloadHelper(): Plugin {
  return {
    name: 'lean-preload-helper',
    apply: 'build',
    enforce: 'pre',
    resolveId: (id) => (id === HELPER_ID ? id : null),
    load: (id) => (id === HELPER_ID ? 'export const __vitePreload = (load) => load();' : null),
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isDynamicEntry) continue;
        const css = chunk.viteMetadata?.importedCss;
        if (css && css.size > 0) {
          this.error(
            `${chunk.fileName} imports CSS (${[...css].join(', ')}), which the lean preload helper does not load: import it from a module of the first view, or drop leanPreloadHelper()`,
          );
        }
      }
    },
  };
}
