import type { ChartSpec } from '../../charts/ChartSpec';
import { sourceLine } from '../../charts/sourceLine';
import type { Dataset } from '../../data/schema';
import { escapeAttr } from '../../lib/escapeAttr';
import { translate } from '../../lib/i18n/translate';
import type { Lang } from '../../lib/locale';
import { DEFAULT_OPTIONS } from '../../lib/urlOptions';
import { chartPageUrl } from './chartPageUrl';
import { EMBED_WIDTH, embedFrame, embedHeight, embedLoader } from './embedSnippet';

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
 * The `html` of a chart's oEmbed, written for the content system that changes it most:
 * WordPress, which for a site outside its trusted list keeps only a leading `<blockquote>` (with
 * its text and `<a href>`) and one `<iframe>` with its size attributes, drops scripts and styles,
 * and sandboxes the frame. So the frame is sized by attributes, at the page's real height at
 * EMBED_WIDTH; the blockquote, which WordPress shows until the frame speaks and systems without
 * scripts show above it, links the chart and gives its credit line in plain words; our loader
 * follows for the systems that keep scripts (it sizes the frame and hides the blockquote).
 */
export function oembedHtml(
  spec: ChartSpec,
  lang: Lang,
  siteBase: string,
  dataset: Dataset,
): string {
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate(lang, key, params);
  const options = { ...DEFAULT_OPTIONS, lang };
  const title = t(spec.titleKey);
  const credit = sourceLine(spec, { dataset, lang, currency: options.currency, t });
  const link = chartPageUrl(siteBase, spec, options);
  return [
    `<blockquote data-german-aid-fallback><a href="${escapeAttr(link)}">${escapeAttr(title)}</a>. ${escapeAttr(credit)}</blockquote>`,
    embedFrame(siteBase, spec, t('embed.iframeTitle', { title }), options),
    embedLoader(siteBase),
  ].join('\n');
}

/**
 * A chart's oEmbed response, served as a static file beside its embed page. `siteBase` is the
 * site's public address (SITE_URL) or, without one, its base path.
 */
export function oembedFor(
  spec: ChartSpec,
  lang: Lang,
  siteBase: string,
  dataset: Dataset,
  thumbnail: { url: string; width: number; height: number },
): OEmbed {
  const { outlet, author } = dataset.article;
  const authorUrl = OUTLET_URL[outlet];
  return {
    version: '1.0',
    type: 'rich',
    title: translate(lang, spec.titleKey),
    provider_name: translate(lang, 'site.title'),
    provider_url: siteBase,
    author_name: `${author}, ${outlet}`,
    ...(authorUrl ? { author_url: authorUrl } : {}),
    html: oembedHtml(spec, lang, siteBase, dataset),
    width: EMBED_WIDTH,
    height: embedHeight(spec.id, lang),
    thumbnail_url: thumbnail.url,
    thumbnail_width: thumbnail.width,
    thumbnail_height: thumbnail.height,
  };
}
