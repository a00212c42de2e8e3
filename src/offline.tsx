import './styles/tokens.css';
import './styles/base.css';
import './styles/controls.css';
import './styles/currency.css';
import './styles/print.css';
import './styles/lazySections.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ALL_VIEWS } from './app/allViews';
import { App } from './app/App';
import { matchRoute } from './app/routes';
import { dataset } from './data/dataset';
import { registerAllCatalogues } from './lib/i18n/registerAllCatalogues';
import { parseOptions } from './lib/urlOptions';
import type { Bakes } from './charts/bakeKey';

registerAllCatalogues();

/** The charts the build drew (vite.offline.config.ts), shown until the live chart is reached for. */
function bakedCharts(): Bakes {
  try {
    return JSON.parse(document.getElementById('baked-charts')?.textContent ?? '{}') as Bakes;
  } catch {
    // A damaged copy of the file still works: its charts draw live, as they near.
    return {};
  }
}
const bakes = bakedCharts();

/**
 * Entry of the offline file (npm run build:offline): one HTML file with everything inlined, opened
 * from disk. There are no other files to go to, so pages are hash routes (`#/present/`); other
 * hashes (`#main`, `#chart-drones`) are anchors on the current page.
 */
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);
let current = '';

function routePath(): string {
  const { hash } = window.location;
  return hash.startsWith('#/') ? (hash.slice(2).split('?')[0] ?? '') : current;
}

function show() {
  const path = routePath();
  // An anchor (#main) keeps the current page; only a new route renders.
  if (path === current && container?.hasChildNodes()) return;
  current = path;
  const route = matchRoute(path);
  root.render(
    <StrictMode>
      <App
        key={path}
        route={route}
        View={ALL_VIEWS[route.name]}
        dataset={dataset}
        options={parseOptions(window.location.search)}
        base="./"
        hashRoutes
        path={path}
        bakes={bakes}
      />
    </StrictMode>,
  );
  window.scrollTo(0, 0);
}

window.addEventListener('hashchange', show);
show();
