/**
 * The JavaScript a page loads up front: its module scripts and modulepreloads, gzipped as a CDN
 * would send them. Lazy chunks (the Recharts charts) are not counted: they load after first paint.
 * Shared by `npm run bench` and the budget test so both measure the same thing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ScriptSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export function firstViewScripts(html: string): string[] {
  const urls = new Set<string>();
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) urls.add(m[1] as string);
  for (const m of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) {
    urls.add(m[1] as string);
  }
  return [...urls];
}

/** Sizes of the up-front scripts of one built page; `base` is the build's base path. */
export function firstViewJs(distDir: string, page = 'index.html', base = '/'): ScriptSize[] {
  const html = readFileSync(join(distDir, page), 'utf8');
  return firstViewScripts(html).map((url) => {
    const file = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, '');
    const body = readFileSync(join(distDir, file));
    return { file, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length };
  });
}
