/**
 * One site for both engines, built as it is deployed: a copy of the repository built with its
 * public address (SITE_URL) on a port chosen first, and served there. With the address, embed
 * code is absolute from the first byte and embed pages name the origin in their script policy,
 * which WebKit needs to run them in WordPress's sandbox (scripts/securityPolicy.ts).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serve } from '../../../scripts/serve.js';
import { copyRepository } from '../../../scripts/copyRepository';
import { freePort } from './freePort';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The site's address, ending in "/". */
    siteUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const port = await freePort();
  const copy = copyRepository();
  const build = spawnSync('npm', ['run', 'build', '--silent'], {
    cwd: copy,
    env: { ...process.env, SITE_URL: `http://localhost:${port}` },
    encoding: 'utf8',
  });
  if (build.status !== 0) {
    rmSync(copy, { recursive: true, force: true });
    throw new Error(`the engines' site did not build:\n${build.stdout}\n${build.stderr}`);
  }
  // WebKitGTK's window cannot be made 375 px wide: the walk frames the dashboard there instead,
  // so this copy's pages may be framed (only embed pages may be, as deployed).
  const headers = join(copy, 'dist', '_headers');
  writeFileSync(
    headers,
    readFileSync(headers, 'utf8').replaceAll("frame-ancestors 'none'", 'frame-ancestors *'),
  );
  const { server, url } = await serve({ dir: join(copy, 'dist'), port });
  project.provide('siteUrl', url);
  return async () => {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
    rmSync(copy, { recursive: true, force: true });
  };
}
