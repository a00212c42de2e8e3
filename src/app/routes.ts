import { CHARTS, chartById } from '../charts/registry';

/** The app's routes. The prerender script writes one HTML file per entry of ROUTES. */
export type Route =
  | { name: 'dashboard' }
  | { name: 'embed-index' }
  | { name: 'embed'; chartId: string }
  | { name: 'present' }
  | { name: 'not-found'; path: string };

/** Static paths, relative to the site's base, that get their own prerendered index.html. */
export const ROUTES: readonly string[] = [
  '',
  'embed',
  ...CHARTS.map((c) => `embed/${c.id}`),
  'present',
];

/**
 * Finds the route for a path relative to the base. Trailing slashes and `index.html` are
 * forgiven, since static hosts serve both `/x/` and `/x/index.html`.
 */
export function matchRoute(relativePath: string): Route {
  const clean = relativePath.replace(/(^|\/)index\.html$/, '').replace(/^\/+|\/+$/g, '');
  if (clean === '') return { name: 'dashboard' };
  if (clean === 'embed') return { name: 'embed-index' };
  if (clean === 'present') return { name: 'present' };
  const embed = /^embed\/([^/]+)$/.exec(clean);
  if (embed?.[1] && chartById(embed[1])) return { name: 'embed', chartId: embed[1] };
  return { name: 'not-found', path: `/${relativePath.replace(/^\/+/, '')}` };
}
