import { start } from './hydrate';

/**
 * The app's own entry, loaded by src/main.tsx once the page needs React. A separate build input
 * (vite.config.ts) so the boot script can load it by the URL the prerenderer writes into the page,
 * without pulling Vite's preload helper or any shared chunk into the first request.
 */
const container = document.getElementById('root');
if (container) void start(container);
