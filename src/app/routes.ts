import { CHARTS, chartById } from '../charts/registry';
import { LANG_PREFIX } from '../lib/BaseContext';
import type { Lang } from '../lib/locale';

/** The app's routes. The prerender script writes one HTML file per entry of ROUTES. */
export type Route =
  | { name: 'dashboard' }
  | { name: 'embed-index' }
  | { name: 'embed'; chartId: string }
  | { name: 'present' }
  | { name: 'not-found'; path: string };

/** The pages of one language, relative to its root. */
const PAGES: readonly string[] = ['', 'embed', ...CHARTS.map((c) => `embed/${c.id}`), 'present'];

/**
 * Static paths, relative to the site's base, that get their own prerendered index.html: every
 * page in English and in German, so each opens in its language with no flash of the other.
 */
export const ROUTES: readonly string[] = [
  ...PAGES,
  ...PAGES.map((page) => `${LANG_PREFIX.de}${page}`.replace(/\/$/, '')),
];

/** Splits a leading language segment (`de/present/` → de, `present/`) off a relative path. */
export function splitLang(relativePath: string): { lang: Lang; path: string } {
  const clean = relativePath.replace(/^\/+/, '');
  const match = /^de(?:\/|$)/.exec(clean);
  return match ? { lang: 'de', path: clean.slice(match[0].length) } : { lang: 'en', path: clean };
}

/**
 * The page's path as its language switch links it, the same when prerendered and in the browser
 * (or hydration would keep the prerendered link): a folder, with its slash, as hosts serve it
 * (`embed/drones/`); for a page that is not there, the other language's home, since one 404 page
 * answers every missing path.
 */
export function pathForSwitch(route: Route, relativePath: string): string {
  if (route.name === 'not-found') return '';
  return relativePath.replace(/(^|\/)index\.html$/, '$1').replace(/([^/])$/, '$1/');
}

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
