import { chartById, CHARTS } from '../charts/registry';
import { dataset } from '../data/dataset';
import { LANG_PREFIX } from '../lib/BaseContext';
import { translate } from '../lib/i18n/translate';
import type { Lang } from '../lib/locale';
import type { Route } from './routes';
import { previewImagePath, type PreviewName } from '../features/share/previewImage';
import { previewFor } from './sharePreview';

export interface PageHead {
  title: string;
  description: string;
  /** Absolute URL of the page, where the site's address is known at build time. */
  canonical: string | null;
  /** The page's preview image (drawn by the build, scripts/previewImages.ts), and its words. */
  image: string;
  imageAlt: string;
  /** oEmbed discovery: the JSON file of each embeddable chart the page shows. */
  oembed: { href: string; title: string }[];
  /** Search engines should not index error pages. */
  index: boolean;
}

/**
 * A path's public URL: absolute under the site's address when the build knows it (SITE_URL),
 * else under the base path (which works on the site itself only).
 */
export function publicUrl(path: string, base: string, siteUrl: string | null): string {
  return siteUrl ? new URL(path, siteUrl).href : `${base}${path}`;
}

/** Where the build writes a chart's oEmbed response: beside its embed page. */
export function oembedPath(chartId: string, lang: Lang): string {
  return `${LANG_PREFIX[lang]}embed/${chartId}/oembed.json`;
}

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
  const absolute = (path: string) => publicUrl(path, base, siteUrl);
  // Static hosts serve each page as a folder: its address ends in a slash.
  const page = routePath === '' || routePath.endsWith('/') ? routePath : `${routePath}/`;
  const preview = (name: PreviewName) => {
    const card = previewFor(name, lang, dataset);
    return { image: absolute(previewImagePath(card.name, lang)), imageAlt: card.alt };
  };
  const oembed = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const spec = chartById(id);
      return spec
        ? [{ href: absolute(oembedPath(id, lang)), title: translate(lang, spec.titleKey) }]
        : [];
    });
  const allCharts = CHARTS.map((c) => c.id);
  if (route.name === 'not-found') {
    return {
      title: `${translate(lang, 'notFound.title')} · ${translate(lang, 'site.title')}`,
      description: translate(lang, 'site.description'),
      canonical: null,
      ...preview('dashboard'),
      oembed: [],
      index: false,
    };
  }
  if (route.name === 'present') {
    return {
      title: `${translate(lang, 'present.title')} · ${translate(lang, 'site.title')}`,
      description: translate(lang, 'site.description'),
      canonical: siteUrl ? absolute(page) : null,
      ...preview('present'),
      oembed: [],
      index: true,
    };
  }
  if (route.name === 'embed' || route.name === 'embed-index') {
    const spec = route.name === 'embed' ? chartById(route.chartId) : undefined;
    // A chart's page is titled and described as its preview card is (the timeline's counts).
    const card = spec ? previewFor(spec.id as PreviewName, lang, dataset) : undefined;
    const what = card ? (card.pageTitle ?? card.title) : translate(lang, 'embed.indexTitle');
    return {
      title: `${what} · ${translate(lang, 'site.title')}`,
      description: card ? card.subtitle : translate(lang, 'embed.indexIntro'),
      canonical: siteUrl ? absolute(page) : null,
      ...preview(spec ? (spec.id as PreviewName) : 'dashboard'),
      oembed: oembed(spec ? [spec.id] : allCharts),
      index: true,
    };
  }
  return {
    title: translate(lang, 'site.title'),
    description: translate(lang, 'site.description'),
    canonical: siteUrl ? absolute(page) : null,
    ...preview('dashboard'),
    oembed: oembed(allCharts),
    index: true,
  };
}
