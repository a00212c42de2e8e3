import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Every chart drawn by Recharts in a build-time DOM (scripts/bakeCharts.tsx), by bakeKey. Run in
 * a process of its own so its DOM globals stay out of the caller's (the prerenderer, the offline
 * build).
 */
export function bakeDrawings(root: string): Record<string, string> {
  const out = execFileSync(
    join(root, 'node_modules', '.bin', 'tsx'),
    [join(root, 'scripts', 'bakeCharts.tsx')],
    {
      cwd: root,
      // React's act(), which waits for each chart to settle, exists only outside production
      // builds; `vite build` sets NODE_ENV=production for the offline build's plugins.
      env: { ...process.env, NODE_ENV: 'development' },
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return JSON.parse(out.toString('utf8')) as Record<string, string>;
}
