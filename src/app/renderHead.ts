import { escapeAttr } from '../lib/escapeAttr';
import type { PageHead } from './pageHead';
import { PREVIEW_SIZE } from '../features/share/previewImage';

/** The <head> tags of a prerendered page: title, description, canonical and link previews. */
export function renderHead(head: PageHead, lang: string): string {
  const meta = (attr: 'name' | 'property', key: string, content: string) =>
    `<meta ${attr}="${key}" content="${escapeAttr(content)}" />`;
  return [
    `<title>${escapeAttr(head.title)}</title>`,
    meta('name', 'description', head.description),
    head.index ? null : meta('name', 'robots', 'noindex'),
    head.canonical ? `<link rel="canonical" href="${escapeAttr(head.canonical)}" />` : null,
    meta('property', 'og:type', 'article'),
    meta('property', 'og:title', head.title),
    meta('property', 'og:description', head.description),
    meta('property', 'og:image', head.image),
    meta('property', 'og:image:width', String(PREVIEW_SIZE.width)),
    meta('property', 'og:image:height', String(PREVIEW_SIZE.height)),
    meta('property', 'og:image:alt', head.imageAlt),
    meta('property', 'og:locale', lang === 'de' ? 'de_DE' : 'en_GB'),
    head.canonical ? meta('property', 'og:url', head.canonical) : null,
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', head.title),
    meta('name', 'twitter:description', head.description),
    meta('name', 'twitter:image', head.image),
    meta('name', 'twitter:image:alt', head.imageAlt),
    ...head.oembed.map(
      ({ href, title }) =>
        `<link rel="alternate" type="application/json+oembed" href="${escapeAttr(href)}" title="${escapeAttr(title)}" />`,
    ),
  ]
    .filter((tag): tag is string => tag !== null)
    .join('\n    ');
}
