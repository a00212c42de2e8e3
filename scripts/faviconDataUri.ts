import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * public/favicon.svg as a data: URI. Pages carry their icon inline so that the first view needs no
 * request but the page itself (the file stays in public/ for anyone who links it).
 */
export function faviconDataUri(root: string): string {
  const svg = readFileSync(join(root, 'public', 'favicon.svg'), 'utf8').trim();
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
