import type { ChartContext } from '../../charts/ChartContext';
import type { ChartSpec } from '../../charts/ChartSpec';
import { sourceLine } from '../../charts/sourceLine';
import { LANG_PREFIX } from '../../lib/BaseContext';
import { escapeAttr } from '../../lib/escapeAttr';
import { chartPageUrl } from './chartPageUrl';
import { PREVIEW_SIZE, previewImagePath, type PreviewName } from './previewImage';

/**
 * The form of an embed for places that run no frames (newsletters, feeds): the chart's preview
 * picture (the build draws it with title, drawing and source line, scripts/previewImages.ts),
 * linked to the chart, and the credit line as text beside it. Shown at half the picture's size,
 * so it is sharp on a phone's screen; the attributes carry the size for mail programs that drop
 * the style. The picture is drawn in euros, so its words are too.
 */
export function imageSnippet(siteBase: string, spec: ChartSpec, ctx: ChartContext): string {
  const eur = { ...ctx, currency: 'EUR' as const };
  const { t, lang } = eur;
  const title = t(spec.titleKey);
  const width = PREVIEW_SIZE.width / 2;
  const height = PREVIEW_SIZE.height / 2;
  const src = `${siteBase}${previewImagePath(spec.id as PreviewName, lang)}`;
  const alt = `${title}. ${spec.summary(eur)}`;
  const style = `display: block; width: 100%; max-width: ${width}px; height: auto; border: 0;`;
  const site = `${siteBase}${LANG_PREFIX[lang]}`;
  return [
    `<a href="${escapeAttr(chartPageUrl(siteBase, spec, eur))}"><img src="${escapeAttr(src)}" alt="${escapeAttr(alt)}" width="${width}" height="${height}" style="${style}"></a>`,
    `<p>${escapeAttr(sourceLine(spec, eur))} ${escapeAttr(t('embed.imageCredit'))}: <a href="${escapeAttr(site)}">${escapeAttr(t('site.title'))}</a></p>`,
  ].join('\n');
}
