/** The app's routes. The prerender script writes one HTML file per entry of ROUTES. */
export type Route = { name: 'dashboard' } | { name: 'not-found'; path: string };

/** Static paths, relative to the site's base, that get their own prerendered index.html. */
export const ROUTES: readonly string[] = [''];

/**
 * Finds the route for a path relative to the base. Trailing slashes and `index.html` are
 * forgiven, since static hosts serve both `/x/` and `/x/index.html`.
 */
export function matchRoute(relativePath: string): Route {
  const clean = relativePath.replace(/(^|\/)index\.html$/, '').replace(/^\/+|\/+$/g, '');
  if (clean === '') return { name: 'dashboard' };
  return { name: 'not-found', path: `/${relativePath.replace(/^\/+/, '')}` };
}
