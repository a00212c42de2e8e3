import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import type { Plugin } from 'vite';

const svgFile = fileURLToPath(new URL('../public/favicon.svg', import.meta.url));

/** The size browsers ask of a tab's icon on a high-density screen. */
export const FAVICON_PX = 32;

/**
 * public/favicon.svg drawn as a PNG of FAVICON_PX square, as a data: URI (about 390 characters,
 * fewer than the SVG's own URI). Not the SVG itself: Chromium fetches the page's icon again
 * after every same-document navigation, which the page makes each time a reader switches the
 * currency, a tab or a slide (the address keeps the choice), and it reads an SVG icon by
 * building a whole SVG document on the page's main thread: 8 to 12 ms at 4× CPU, right after the
 * frame that answers, where a reader's next key or tap waited behind it. A PNG is decoded in a
 * fraction of a millisecond.
 */
export function faviconDataUri(): string {
  const png = new Resvg(readFileSync(svgFile, 'utf8'), {
    fitTo: { mode: 'width', value: FAVICON_PX },
  })
    .render()
    .asPng();
  return `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
}

/**
 * Writes the favicon into index.html's icon link as a data: URI (faviconDataUri), for every
 * build (the site and the offline file): the first view then needs no request for its icon, and
 * the offline file has no file beside it to fetch. favicon.svg stays in public/ for anyone who
 * links it.
 */
export function inlineFavicon(): Plugin {
  return {
    name: 'inline-favicon',
    // 'pre': before Vite prefixes the link with the base.
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => {
        const link = '<link rel="icon" href="/favicon.svg" type="image/svg+xml" />';
        const out = html.replace(
          link,
          `<link rel="icon" href="${faviconDataUri()}" type="image/png" sizes="${FAVICON_PX}x${FAVICON_PX}" />`,
        );
        if (out === html) throw new Error(`index.html has no ${link}`);
        return out;
      },
    },
  };
}
