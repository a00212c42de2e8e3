/**
 * A plain static server for dist/: what any static host or CDN does, nothing more. It compresses
 * responses, answers unknown paths with 404.html and status 404, and prints its address.
 * Usage: node scripts/serve.js [dir] [--port N]
 */
import compression from 'compression';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

/** Starts the server; resolves with it and its URL once it listens. */
export function serve({ dir, port = 0, host = '127.0.0.1' }) {
  const files = sirv(dir, { etag: true, dev: false, extensions: ['html'] });
  const compress = compression();
  const notFoundPage = readFileSync(join(dir, '404.html'));
  const server = createServer((req, res) => {
    compress(req, res, () =>
      files(req, res, () => {
        res.statusCode = 404;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(notFoundPage);
      }),
    );
  });
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
