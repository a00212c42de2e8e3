import { createContext, useContext } from 'react';

export interface Site {
  /** The site's base path ("/" or a sub-path such as "/aid/"), for links and embed codes. */
  base: string;
  /** The offline file routes by `#/path/` (there are no other files to link to). */
  hashRoutes: boolean;
}

export const BaseContext = createContext<Site>({ base: '/', hashRoutes: false });

export function useBase(): string {
  return useContext(BaseContext).base;
}

/**
 * Builds links between the app's pages: `/aid/present/?currency=USD` on a site, `#/present/` in
 * the offline file (whose options live in its own query, which hash links keep).
 */
export function usePageHref(): (path: string, query?: string) => string {
  const { base, hashRoutes } = useContext(BaseContext);
  return (path, query = '') => (hashRoutes ? `#/${path}` : `${base}${path}${query}`);
}
