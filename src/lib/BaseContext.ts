import { createContext, useContext } from 'react';
import type { Lang } from './locale';
import { queryString } from './urlOptions';
import { useHydrated } from './useHydrated';
import { useSettings } from './useSettings';

/** Path prefix of each language: English at the root, German under de/ (see app/routes). */
export const LANG_PREFIX: Record<Lang, string> = { en: '', de: 'de/' };

export interface Site {
  /** The site's base path ("/" or a sub-path such as "/aid/"), for links and embed codes. */
  base: string;
  /** The offline file routes by `#/path/` (there are no other files to link to). */
  hashRoutes: boolean;
  /** The current page's path, without base and language prefix. */
  path: string;
}

export const BaseContext = createContext<Site>({ base: '/', hashRoutes: false, path: '' });

export function useSite(): Site {
  return useContext(BaseContext);
}

export function useBase(): string {
  return useContext(BaseContext).base;
}

/**
 * Builds links between the app's pages, in the reader's language: `/aid/de/present/?currency=USD`
 * on a site, `#/present/` in
 * the offline file (whose options live in its own query, which hash links keep).
 */
export function usePageHref(): (path: string, query?: string) => string {
  const { base, hashRoutes } = useContext(BaseContext);
  const { lang } = useSettings();
  return (path, query = '') => {
    if (hashRoutes) return `#/${path}`;
    // On a site the language is in the path, so it leaves the query.
    const params = new URLSearchParams(query);
    params.delete('lang');
    return `${base}${LANG_PREFIX[lang]}${path}${queryString(params)}`;
  };
}

/**
 * The site's public address when the build was given one (SITE_URL), else ''. Outside Vite (the
 * chart baker runs the charts under tsx) there is no `import.meta.env`.
 */
const PUBLIC_ADDRESS = import.meta.env?.SITE_ADDRESS ?? '';

/**
 * The site's full address (for embed codes and shared links). With SITE_URL the build knows it,
 * so the prerendered page already has code that works on another site; without, it is known only
 * in the browser, so the prerendered page and the hydrating render use the base path, and the
 * address follows.
 */
export function useSiteAddress(): string {
  const { base } = useContext(BaseContext);
  const hydrated = useHydrated();
  return PUBLIC_ADDRESS || (hydrated ? siteAddress(base) : base);
}

/** The site's full address, read when asked: for a handler, which may run before hydration is over. */
export function siteAddress(base: string): string {
  return PUBLIC_ADDRESS || new URL(base, window.location.origin).href;
}
