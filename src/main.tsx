import './styles/tokens.css';
import './styles/base.css';
import './styles/controls.css';
import './styles/currency.css';
import './styles/print.css';
import './styles/lazySections.css';
import { answerBeforeApp } from './boot/answerBeforeApp';
import { applyLinkedLook } from './boot/linkedLook';
import { tipBeforeApp } from './boot/tipBeforeApp';
import { whenHydrationWanted } from './boot/whenHydrationWanted';

/**
 * The boot script stays one small request with no imports: the prerendered page is complete and
 * readable without scripts, so React and the app (src/client.tsx) are fetched only after the page
 * has loaded, and only once the reader needs them (see whenHydrationWanted). Until then it
 * answers the page's first taps itself (answerBeforeApp) and sizes an embed's iframe (embedInFrame). The
 * prerenderer writes the app's built URL into `data-app` on #root, its language's catalogue and
 * dataset into `data-catalogue` and `data-dataset`, what a page does in a frame into `data-in-frame`,
 * and `data-wake="intent"` on embed pages; the dev server has no prerendered page.
 */
function whenLoaded(): Promise<void> {
  return document.readyState === 'complete'
    ? Promise.resolve()
    : new Promise((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
}

// Baked charts show the linked currency, and the page its theme, app or no app.
applyLinkedLook(location.search, document.documentElement);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
answerBeforeApp(container);
// The baked charts' tooltips answer the pointer at once, with or without the app.
tipBeforeApp(document);
// The buttons that need the app show: a tap on one now is answered as the app wakes.
document.documentElement.dataset.js = '';
// In a publisher's iframe the page reports its height and fits the frame from the start, not once
// the app is here. Its own file, loaded by URL as the app is (a bundled lazy import would tie the
// boot request to the app's shared chunk): pages outside a frame never fetch it, and embed pages
// ask for it beside the boot script (modulepreload, scripts/writePages.ts).
if (window.parent !== window) {
  if (import.meta.env.DEV) void import('./inFrame');
  else if (container.dataset.inFrame) void import(/* @vite-ignore */ container.dataset.inFrame);
}
await whenHydrationWanted(
  document,
  container.dataset.wake === 'intent' ? 'intent' : 'soon',
  whenLoaded(),
);
// The app's modules are asked for after the next frame, not in the task of the event that woke
// it: a finger landing on an embed wakes it, and the tap that comes with it is answered first
// (answerBeforeApp). Asked for in that task, they held the tap's answer back ≈ 7 ms at 4× CPU.
// src/lib/afterNextPaint.ts's wait, written out: the boot imports nothing the app shares.
await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
if (import.meta.env.DEV) {
  await import('./client');
} else if (container.dataset.app) {
  // The page's message catalogue and dataset are asked for alongside the app, not after it (see
  // loadCatalogue, loadDataset).
  for (const edition of [container.dataset.catalogue, container.dataset.dataset]) {
    if (edition) void import(/* @vite-ignore */ edition);
  }
  await import(/* @vite-ignore */ container.dataset.app).catch((error: unknown) => {
    // No app after all: hide the buttons that cannot answer without it, as with scripts off.
    delete document.documentElement.dataset.js;
    throw error;
  });
} else {
  throw new Error('#root has no data-app: build the site with `npm run build`');
}
