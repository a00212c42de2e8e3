import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const svgFile = fileURLToPath(new URL('../public/favicon.svg', import.meta.url));

/**
 * Writes public/favicon.svg into index.html's icon link as a data: URI, for every build (the site
 * and the offline file): the first view then needs no request for its icon, and the offline file
 * has no file beside it to fetch. The file stays in public/ for anyone who links it.
 */
export function inlineFavicon(): Plugin {
  return {
    name: 'inline-favicon',
    // 'pre': before Vite prefixes the link with the base.
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => {
        const uri = `data:image/svg+xml,${encodeURIComponent(readFileSync(svgFile, 'utf8').trim())}`;
        const out = html.replace('href="/favicon.svg"', `href="${uri}"`);
        if (out === html) throw new Error('index.html links no /favicon.svg');
        return out;
      },
    },
  };
}
