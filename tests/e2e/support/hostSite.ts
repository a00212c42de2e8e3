/**
 * A publisher's site on another origin than ours (127.0.0.1 against the site's localhost), for
 * embed tests: it serves the article pages a test writes, each holding whatever the test pastes.
 */
import { mkdtempSync, rmSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface HostSite {
  /** The host's address, ending in "/". */
  url: string;
  /**
   * Writes an article page holding `body` between two paragraphs, and returns its address.
   * `style` is added to the page's own (a theme's rules); `script` runs at its end, `headScript`
   * first of all.
   */
  page: (
    name: string,
    body: string,
    extra?: { style?: string; script?: string; headScript?: string },
  ) => string;
  close: () => Promise<void>;
}

export function startHost(): Promise<HostSite> {
  const dir = mkdtempSync(join(tmpdir(), 'embed-host-'));
  const server = createServer((req, res) => {
    const name = (req.url ?? '/').split('?')[0]?.replace(/^\//, '') || 'index.html';
    try {
      const body = readFileSync(join(dir, name.replace(/[^\w.-]/g, '')));
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(body);
    } catch {
      res.statusCode = 404;
      res.end('not found');
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
      resolve({
        url,
        page(name, body, { style = '', script = '', headScript = '' } = {}) {
          writeFileSync(
            join(dir, name),
            `<!doctype html><html lang="en"><head><meta charset="utf-8">${headScript ? `<script>${headScript}</script>` : ''}<meta name="viewport" content="width=device-width, initial-scale=1"><title>A publisher's article</title><link rel="icon" href="data:,">
<style>body{margin:0;font:16px Georgia,serif} main{max-width:var(--col,100%);margin:0 auto;padding:0}${style}</style></head>
<body><main><h1>Someone else's article</h1><p>Text before the chart.</p>${body}<p>Text after the chart.</p></main>${script ? `<script>${script}</script>` : ''}</body></html>`,
          );
          return new URL(name, url).href;
        },
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => {
              rmSync(dir, { recursive: true, force: true });
              done();
            });
          }),
      });
    }),
  );
}
