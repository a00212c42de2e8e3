import type { ChartSpec } from '../../charts/ChartSpec';
import { escapeAttr } from '../../lib/escapeAttr';
import { serializeOptions, type Options } from '../../lib/urlOptions';

/** Heights for hosts that paste the iframe without the loader: enough for a phone-width column. */
export const EMBED_DEFAULT_HEIGHT = { figure: 620, timeline: 980 } as const;

/** The address of a chart's embed page, keeping the reader's language, currency and theme. */
export function embedUrl(siteBase: string, chartId: string, options: Options): string {
  // siteBase ends in "/"; it is the bare base path while prerendering, a full address after.
  return `${siteBase}embed/${chartId}/${serializeOptions({ ...options, tabs: {} })}`;
}

/**
 * The code a publisher pastes: an iframe with a title (for screen readers) that works alone at a
 * default height, and our loader script, which sizes it to its content at any width.
 */
export function embedSnippet(
  siteBase: string,
  spec: ChartSpec,
  title: string,
  options: Options,
): string {
  const src = embedUrl(siteBase, spec.id, options);
  const loader = `${siteBase}embed.js`;
  return [
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" data-german-aid-embed style="width: 100%; height: ${EMBED_DEFAULT_HEIGHT[spec.kind]}px; border: 0;" loading="lazy"></iframe>`,
    `<script async src="${escapeAttr(loader)}"></script>`,
  ].join('\n');
}
