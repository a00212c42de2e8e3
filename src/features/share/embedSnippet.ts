import type { ChartSpec } from '../../charts/ChartSpec';
import { escapeAttr } from '../../lib/escapeAttr';
import type { Lang } from '../../lib/locale';
import { serializeOptions, type Options } from '../../lib/urlOptions';
import measured from './embedHeights.json';

/** The width embed code and oEmbed give a frame (a host may make it narrower or wider). */
export const EMBED_WIDTH = measured.width;

/**
 * A chart's embed page height at EMBED_WIDTH, in the language: measured in Chromium, not guessed
 * (embedHeights.json; tests/e2e/embed-hosts.e2e.test.ts holds it equal to the page and rewrites it
 * with `--update`). A host that cannot resize the frame shows the whole chart at that width, and
 * at any other the page fits itself to the frame (src/boot/fitToFrame.ts).
 */
export function embedHeight(chartId: string, lang: Lang): number {
  const heights: Record<string, Record<Lang, number> | undefined> = measured.heights;
  const height = heights[chartId]?.[lang];
  if (height === undefined) throw new Error(`embedHeights.json has no height for ${chartId}`);
  return height;
}

/** The address of a chart's embed page, keeping the reader's language, currency and theme. */
export function embedUrl(siteBase: string, chartId: string, options: Options): string {
  // siteBase ends in "/"; it is the bare base path while prerendering, a full address after.
  return `${siteBase}embed/${chartId}/${serializeOptions({ ...options, tabs: {} })}`;
}

/**
 * The iframe itself: sized by attributes, which every content system keeps (WordPress drops
 * `style`), at the page's real size; `frameborder` for hosts that drop the style's `border: 0`.
 */
export function embedFrame(
  siteBase: string,
  spec: ChartSpec,
  title: string,
  options: Options,
  style = '',
): string {
  const src = escapeAttr(embedUrl(siteBase, spec.id, options));
  const size = `width="${EMBED_WIDTH}" height="${embedHeight(spec.id, options.lang)}"`;
  const styled = style ? ` style="${style}"` : '';
  return `<iframe src="${src}" title="${escapeAttr(title)}" ${size} frameborder="0"${styled} data-german-aid-embed loading="lazy"></iframe>`;
}

/** Our loader, which sizes every frame of ours on the page to its content at any width. */
export function embedLoader(siteBase: string): string {
  return `<script async src="${escapeAttr(`${siteBase}embed.js`)}"></script>`;
}

/**
 * The code a publisher pastes from the Embed dialog: the frame, as wide as the column, and our
 * loader. Where an editor strips the script (or the style) the frame keeps its attributes' size.
 */
export function embedSnippet(
  siteBase: string,
  spec: ChartSpec,
  title: string,
  options: Options,
): string {
  return [
    embedFrame(siteBase, spec, title, options, 'width: 100%; border: 0;'),
    embedLoader(siteBase),
  ].join('\n');
}
