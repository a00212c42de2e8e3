import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const DIST_DIR = resolve(ROOT_DIR, 'dist');
export const RESULTS_DIR = resolve(ROOT_DIR, 'test-results');
/** The offline file (npm run build:offline). */
export const OFFLINE_FILE = resolve(ROOT_DIR, 'dist-offline', 'index.html');
