import type { CHARTS } from '../../charts/registry';
import type { Lang } from '../../lib/locale';

/** The size link previews are drawn at (Open Graph's and X's large card). */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

/** The pictures a shared link shows: the dashboard, the deck, and each chart. */
export type PreviewName = 'dashboard' | 'present' | (typeof CHARTS)[number]['id'];

/**
 * Where the build writes a preview image, relative to the site's base (scripts/previewImages.ts
 * draws it). Link previews, oEmbed thumbnails and the newsletter form of an embed show it.
 */
export function previewImagePath(name: PreviewName, lang: Lang): string {
  return `previews/${name}-${lang}.png`;
}
