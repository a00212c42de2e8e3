/**
 * A plain static server for dist/: what any static host or CDN does, nothing more. It compresses
 * responses, answers unknown paths with 404.html and status 404, and prints its address.
 * Usage: node scripts/serve.js [dir] [--port N]
 */
import compression from 'compression';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

/**
 * Reads a `_headers` file (the format Netlify and Cloudflare Pages use): a path pattern, then
 * indented `Name: value` lines. `*` matches anything. Returns a function giving a path's headers.
 */
export function readHeaders(file) {
  if (!existsSync(file)) return () => [];
  const rules = [];
  for (const block of readFileSync(file, 'utf8').split(/\n\s*\n/)) {
    const [pattern, ...lines] = block.split('\n').filter((l) => l.trim() !== '');
    if (!pattern || /^\s/.test(pattern)) continue;
    const escaped = pattern
      .trim()
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*');
    const headers = lines.map((l) => {
      const at = l.indexOf(':');
      return [l.slice(0, at).trim(), l.slice(at + 1).trim()];
    });
    rules.push({ test: new RegExp(`^${escaped}$`), headers });
  }
  return (path) => rules.filter((r) => r.test.test(path)).flatMap((r) => r.headers);
}

/** Netlify and Cloudflare Pages read these; neither serves them as pages. */
const HOST_FILES = /(^|\/)_(headers|redirects)$/;

/** Starts the server; resolves with it and its URL once it listens. */
export function serve({ dir, port = 0, host = '127.0.0.1' }) {
  const files = sirv(dir, { etag: true, dev: false, extensions: ['html'] });
  const compress = compression();
  const notFoundPage = readFileSync(join(dir, '404.html'));
  const headersFor = readHeaders(join(dir, '_headers'));
  const server = createServer((req, res) => {
    const path = decodeURIComponentSafe((req.url ?? '/').split('?')[0] ?? '/');
    for (const [name, value] of headersFor(path)) res.setHeader(name, value);
    const notFound = () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(notFoundPage);
    };
    // Files for the host, not the reader (`_headers`): hosts that read them never serve them.
    if (HOST_FILES.test(path)) return compress(req, res, notFound);
    compress(req, res, () => files(req, res, notFound));
  });
  function decodeURIComponentSafe(value) {
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  }
  return new Promise((resolveServer) => {
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolveServer({
        server,
        url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${actualPort}/`,
      });
    });
  });
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const args = process.argv.slice(2);
  const portIndex = args.indexOf('--port');
  const port = portIndex >= 0 ? Number(args[portIndex + 1]) : Number(process.env.PORT ?? 4173);
  const dirArg = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--port');
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const dir = resolve(root, dirArg ?? 'dist');
  const { url } = await serve({ dir, port });
  console.log(`\n  German aid dashboard is being served from ${dir}\n\n  ➜  Local:   ${url}\n`);
}
