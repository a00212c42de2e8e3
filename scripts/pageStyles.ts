/** One chunk of Vite's build manifest (dist/.vite/manifest.json), as far as styles go. */
export interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
  dynamicImports?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/**
 * The views the app loads lazily (src/app/loadView.ts), by route name: a page inlines its own
 * view's styles and none of the others'. The dashboard comes with the app itself.
 */
export const LAZY_VIEWS: Readonly<Record<string, string>> = {
  'not-found': 'src/app/NotFoundView.tsx',
  'embed-index': 'src/app/EmbedIndexView.tsx',
  embed: 'src/app/EmbedView.tsx',
  present: 'src/app/PresentView.tsx',
};

const isLazyView = (key: string) => Object.values(LAZY_VIEWS).includes(key);

/**
 * The stylesheets a page needs, in cascade order: the global ones (src/styles, from the boot
 * entry), then those of every component the page's code can show, lazy ones included (a dialog,
 * a chart), as each chunk's CSS follows its components (vite.config.ts). Within the walk a
 * chunk's imports come before it and what it loads lazily after it, as they would load.
 */
export function pageStyleFiles(manifest: Manifest, view: string): string[] {
  for (const key of Object.values(LAZY_VIEWS)) {
    if (!manifest[key]) {
      throw new Error(
        `the build manifest has no chunk for ${key}: a view was renamed or is no longer lazy; update LAZY_VIEWS in scripts/pageStyles.ts`,
      );
    }
  }
  const ownView = LAZY_VIEWS[view];
  const files: string[] = [];
  const seen = new Set<string>();
  /** `inView`: inside the page's own view, which may show another (an embed, the 404's). */
  const visit = (key: string, inView: boolean): void => {
    const entersView = key === ownView;
    if (seen.has(key) || (!inView && !entersView && isLazyView(key))) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the build manifest has no chunk ${key}`);
    for (const imported of chunk.imports ?? []) visit(imported, inView || entersView);
    for (const file of chunk.css ?? []) if (!files.includes(file)) files.push(file);
    for (const lazy of chunk.dynamicImports ?? []) visit(lazy, inView || entersView);
  };
  visit('index.html', false);
  visit('src/client.tsx', false);
  return files;
}

/** Every stylesheet in the build, so the prerenderer can tell if one reaches no page. */
export function allStyleFiles(manifest: Manifest): string[] {
  return [...new Set(Object.values(manifest).flatMap((chunk) => chunk.css ?? []))];
}
