import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { ALL_VIEWS } from './app/allViews';
import type { Bakes } from './charts/bakeKey';
import { App } from './app/App';
import { pageHead } from './app/pageHead';
import { renderHead } from './app/renderHead';
import { matchRoute, ROUTES, splitLang } from './app/routes';
import { registerAllCatalogues } from './lib/i18n/registerAllCatalogues';
import { DEFAULT_OPTIONS } from './lib/urlOptions';

registerAllCatalogues();

export { ROUTES };

export interface RenderedPage {
  html: string;
  head: string;
  lang: string;
}

/**
 * Renders one route at build time (scripts/prerender.ts), in the language its path names, with
 * the default options otherwise; the client switches to the URL's options right after hydrating.
 */
export function render(
  relativePath: string,
  base: string,
  siteUrl: string | null,
  bakes: Bakes = {},
): RenderedPage {
  const { lang, path } = splitLang(relativePath);
  const route = matchRoute(path);
  const options = { ...DEFAULT_OPTIONS, lang };
  return {
    html: renderToString(
      <StrictMode>
        <App
          route={route}
          View={ALL_VIEWS[route.name]}
          options={options}
          prerendered={options}
          base={base}
          path={path}
          bakes={bakes}
        />
      </StrictMode>,
    ),
    head: renderHead(pageHead(route, relativePath, lang, base, siteUrl), lang),
    lang,
  };
}
