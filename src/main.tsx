import './styles/tokens.css';
import './styles/base.css';
import './styles/components.css';
import { whenHydrationWanted } from './lib/whenHydrationWanted';

/**
 * The boot script stays one small request with no imports: the prerendered page is complete and
 * readable without scripts, so React and the app (src/client.tsx) are fetched only after the page
 * has loaded, and only once the reader needs them (see whenHydrationWanted). The prerenderer
 * writes the app's built URL into `data-app` on #root, and its language's catalogue into
 * `data-catalogue`; the dev server has no prerendered page.
 */
function whenLoaded(): Promise<void> {
  return document.readyState === 'complete'
    ? Promise.resolve()
    : new Promise((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
}

// Baked charts show the drawing in the linked currency at once (BakedChart), app or no app.
if (/[?&]currency=usd(&|$)/i.test(location.search))
  document.documentElement.dataset.currency = 'USD';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
await whenLoaded();
await whenHydrationWanted();
if (import.meta.env.DEV) {
  await import('./client');
} else if (container.dataset.app) {
  // The page's message catalogue is asked for alongside the app, not after it (see loadCatalogue).
  if (container.dataset.catalogue) void import(/* @vite-ignore */ container.dataset.catalogue);
  await import(/* @vite-ignore */ container.dataset.app);
} else {
  throw new Error('#root has no data-app: build the site with `npm run build`');
}
