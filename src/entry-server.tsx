import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './app/App';
import { matchRoute, ROUTES } from './app/routes';
import { DEFAULT_OPTIONS } from './lib/urlOptions';

export { ROUTES };

/**
 * Renders one route to HTML at build time (scripts/prerender.ts). Pages are prerendered with the
 * default options; the client reads the real query on hydration.
 */
export function render(relativePath: string, base: string): string {
  return renderToString(
    <StrictMode>
      <App route={matchRoute(relativePath)} options={DEFAULT_OPTIONS} base={base} />
    </StrictMode>,
  );
}
