/**
 * A plain static server for dist/: what any static host or CDN does, nothing more. It serves the
 * site at the path it was built for (BASE, read from the build's own note), sends the headers of
 * its `_headers` file, compresses responses, answers unknown paths with the nearest 404.html up
 * the path (as Cloudflare Pages does: German paths get the German page) and status 404, and prints
 * its full address. It never serves the host's own files (`_headers`, `_redirects`) as pages.
 * Usage: node scripts/serve.js [dir] [--port N]   (PORT works too; 0 picks a free port)
 */
import compression from 'compression';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
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

/** Where a build notes the options it was built with (writeBuildNote, run by scripts/build.ts). */
const BUILD_NOTE = join('.vite', 'build-options.json');

/** Notes in a built site what it was built for, so this server can serve it there. */
export function writeBuildNote(dir, { base, siteUrl, reactDevelopment }) {
  const note = { base, siteUrl, ...(reactDevelopment ? { reactDevelopment } : {}) };
  writeFileSync(join(dir, BUILD_NOTE), `${JSON.stringify(note, null, 2)}\n`);
}

/**
 * The options a build was made for, from its note: `base` ("/" for a build from before the note)
 * and `siteUrl` (its public address, or null).
 */
export function readBuildNote(dir) {
  const file = join(dir, BUILD_NOTE);
  const note = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const base = typeof note.base === 'string' && /^\/(.+\/)?$/.test(note.base) ? note.base : '/';
  return {
    base,
    siteUrl: typeof note.siteUrl === 'string' ? note.siteUrl : null,
    reactDevelopment: note.reactDevelopment === true,
  };
}

/**
 * The 404 page for a path inside the site: the nearest 404.html up the path (`de/nope/` →
 * `de/404.html`), else the one at the root. A page is read once, when first needed; only pages
 * that exist are kept, so odd addresses cannot fill the memory.
 */
function notFoundPages(dir) {
  const pages = new Map();
  const read = (file) => {
    if (!pages.has(file) && existsSync(join(dir, file))) {
      pages.set(file, readFileSync(join(dir, file)));
    }
    return pages.get(file);
  };
  if (!read('404.html')) throw new Error(`${dir} has no 404.html: is it a built site?`);
  return (sitePath) => {
    const segments = sitePath.split('/').filter((s) => s !== '' && s !== '..' && s !== '.');
    for (let n = segments.length - 1; n > 0; n--) {
      const page = read(`${segments.slice(0, n).join('/')}/404.html`);
      if (page) return page;
    }
    return read('404.html');
  };
}

/**
 * Starts the server; resolves with it and its URL (the site's address, at its base) once it
 * listens. `base` defaults to the one the build was made for.
 */
export function serve({ dir, port = 0, host = '127.0.0.1', base = readBuildNote(dir).base }) {
  const files = sirv(dir, { etag: true, dev: false, extensions: ['html'] });
  const compress = compression();
  const notFoundPageFor = notFoundPages(dir);
  const headersFor = readHeaders(join(dir, '_headers'));
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    const queryAt = url.indexOf('?');
    const rawPath = queryAt < 0 ? url : url.slice(0, queryAt);
    const path = decodeURIComponentSafe(rawPath);
    // The base is letters, digits and - . _ ~ only (scripts/buildOptions.ts): written the same
    // encoded or not.
    const inSite = rawPath.startsWith(base);
    // A sub-path build has nothing at the host's root: send the reader to the site.
    if (!inSite && base !== '/' && (path === '/' || `${path}/` === base)) {
      res.writeHead(302, { Location: base }).end();
      return;
    }
    for (const [name, value] of headersFor(path)) res.setHeader(name, value);
    const sitePath = inSite ? path.slice(base.length) : '';
    const notFound = () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(notFoundPageFor(sitePath));
    };
    // Outside the base there is nothing; files for the host, not the reader (`_headers`), hosts
    // that read them never serve.
    if (!inSite || HOST_FILES.test(sitePath)) return compress(req, res, notFound);
    // sirv serves the folder as the root: the base is taken off the address it sees.
    req.url = `/${url.slice(base.length)}`;
    compress(req, res, () => files(req, res, notFound));
  });
  function decodeURIComponentSafe(value) {
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  }
  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolveServer({
        server,
        url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${actualPort}${base}`,
      });
    });
  });
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const args = process.argv.slice(2);
  const portIndex = args.indexOf('--port');
  const portText = portIndex >= 0 ? args[portIndex + 1] : (process.env.PORT ?? '4173');
  const port = Number(portText);
  const dirArg = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--port');
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const dir = resolve(root, dirArg ?? 'dist');
  /** One line saying what to do, and exit code 1: no stack trace for a setting to change. */
  const stop = (message) => {
    console.error(message);
    process.exit(1);
  };
  if (!/^\d+$/.test(portText ?? '') || port > 65535) {
    stop(`PORT=${JSON.stringify(portText)} is not a port number: use 0–65535, such as PORT=8080.`);
  }
  if (!existsSync(join(dir, '404.html'))) {
    stop(`${dir} holds no built site: run npm run build first (npm start does both).`);
  }
  const { siteUrl, reactDevelopment } = readBuildNote(dir);
  const { url } = await serve({ dir, port }).catch((error) =>
    error?.code === 'EADDRINUSE'
      ? stop(
          `Port ${port} is in use: stop what serves there, or choose another, such as PORT=${port + 1} npm start.`,
        )
      : Promise.reject(error),
  );
  console.log(
    [
      '',
      `  German aid dashboard is being served from ${dir}`,
      '',
      `  ➜  Local:   ${url}`,
      // Links to share and embed code point there, as they will once deployed.
      ...(siteUrl
        ? [`  ➜  Public:  ${siteUrl} (SITE_URL: shared links and embed code use it)`]
        : []),
      ...(reactDevelopment
        ? ["  ⚠  Built with React's development code, for tests: not for deploying."]
        : []),
      '',
    ].join('\n'),
  );
}
