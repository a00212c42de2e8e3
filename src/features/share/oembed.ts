import type { ChartSpec } from '../../charts/ChartSpec';
import type { Dataset } from '../../data/schema';
import { translate } from '../../lib/i18n/translate';
import type { Lang } from '../../lib/locale';
import { DEFAULT_OPTIONS } from '../../lib/urlOptions';
import { EMBED_DEFAULT_HEIGHT, embedSnippet } from './embedSnippet';

/** The width an oEmbed consumer is told (the iframe itself fills its column). */
export const OEMBED_WIDTH = 640;

/**
 * The outlet's home page, for author_url: the article's own address is not in our source
 * (dataset.article.url is null), so the credit links to the outlet that published it.
 */
const OUTLET_URL: Record<string, string> = { 'Defense News': 'https://www.defensenews.com/' };

/** An oEmbed 1.0 "rich" response (https://oembed.com/#section2.3). */
export interface OEmbed {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  author_name: string;
  author_url?: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
}

/**
 * A chart's oEmbed response, served as a static file beside its embed page. Its `html` is the
 * Embed dialog's snippet for the same language and default options; `siteBase` is the site's
 * public address (SITE_URL) or, without one, its base path.
 */
export function oembedFor(
  spec: ChartSpec,
  lang: Lang,
  siteBase: string,
  dataset: Dataset,
  thumbnail: { url: string; width: number; height: number },
): OEmbed {
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate(lang, key, params);
  const title = t(spec.titleKey);
  const { outlet, author } = dataset.article;
  const authorUrl = OUTLET_URL[outlet];
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: t('site.title'),
    provider_url: siteBase,
    author_name: `${author}, ${outlet}`,
    ...(authorUrl ? { author_url: authorUrl } : {}),
    html: embedSnippet(siteBase, spec, t('embed.iframeTitle', { title }), {
      ...DEFAULT_OPTIONS,
      lang,
    }),
    width: OEMBED_WIDTH,
    height: EMBED_DEFAULT_HEIGHT[spec.kind],
    thumbnail_url: thumbnail.url,
    thumbnail_width: thumbnail.width,
    thumbnail_height: thumbnail.height,
  };
}
