import { chartById } from '../charts/registry';
import { translate } from '../lib/i18n/translate';
import type { Lang } from '../lib/locale';
import type { Route } from './routes';

export interface PageHead {
  title: string;
  description: string;
  /** Absolute URL of the page, where the site's address is known at build time. */
  canonical: string | null;
  image: string;
  /** Search engines should not index error pages. */
  index: boolean;
}

/** The preview image shown when the dashboard is shared (public/og-image.png, 1200×630). */
export const OG_IMAGE = 'og-image.png';

/**
 * What a page says about itself to browsers, search engines and link previews. `siteUrl` is the
 * public address of the site's base (SITE_URL at build time); without it, URLs stay relative.
 */
export function pageHead(
  route: Route,
  routePath: string,
  lang: Lang,
  base: string,
  siteUrl: string | null,
): PageHead {
  const absolute = (path: string) => (siteUrl ? new URL(path, siteUrl).href : `${base}${path}`);
  // Static hosts serve each page as a folder: its address ends in a slash.
  const page = routePath === '' || routePath.endsWith('/') ? routePath : `${routePath}/`;
  if (route.name === 'not-found') {
    return {
      title: `${translate(lang, 'notFound.title')} · ${translate(lang, 'site.title')}`,
      description: translate(lang, 'site.description'),
      canonical: null,
      image: absolute(OG_IMAGE),
      index: false,
    };
  }
  if (route.name === 'present') {
    return {
      title: `${translate(lang, 'present.title')} · ${translate(lang, 'site.title')}`,
      description: translate(lang, 'site.description'),
      canonical: siteUrl ? absolute(page) : null,
      image: absolute(OG_IMAGE),
      index: true,
    };
  }
  if (route.name === 'embed' || route.name === 'embed-index') {
    const spec = route.name === 'embed' ? chartById(route.chartId) : undefined;
    const what = spec ? translate(lang, spec.titleKey) : translate(lang, 'embed.indexTitle');
    return {
      title: `${what} · ${translate(lang, 'site.title')}`,
      description: spec ? translate(lang, spec.subtitleKey) : translate(lang, 'embed.indexIntro'),
      canonical: siteUrl ? absolute(page) : null,
      image: absolute(OG_IMAGE),
      index: true,
    };
  }
  return {
    title: translate(lang, 'site.title'),
    description: translate(lang, 'site.description'),
    canonical: siteUrl ? absolute(page) : null,
    image: absolute(OG_IMAGE),
    index: true,
  };
}
