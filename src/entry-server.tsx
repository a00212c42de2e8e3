import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './app/App';
import { pageHead } from './app/pageHead';
import { renderHead } from './app/renderHead';
import { matchRoute, ROUTES } from './app/routes';
import { DEFAULT_OPTIONS } from './lib/urlOptions';

export { ROUTES };

export interface RenderedPage {
  html: string;
  head: string;
  lang: string;
}

/**
 * Renders one route at build time (scripts/prerender.ts). Pages are prerendered with the default
 * options; the client switches to the URL's options right after hydrating.
 */
export function render(relativePath: string, base: string, siteUrl: string | null): RenderedPage {
  const route = matchRoute(relativePath);
  const { lang } = DEFAULT_OPTIONS;
  return {
    html: renderToString(
      <StrictMode>
        <App route={route} options={DEFAULT_OPTIONS} base={base} />
      </StrictMode>,
    ),
    head: renderHead(pageHead(route, relativePath, lang, base, siteUrl), lang),
    lang,
  };
}
