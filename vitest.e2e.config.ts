import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: the built site (dist/) served by scripts/serve.js and driven in Chromium.
 * Run `npm run build` first; the global setup stops early with that hint when dist/ is missing.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    // One browser at a time: the machine is small and every file launches its own Chromium.
    fileParallelism: false,
    testTimeout: 60_000,
    // `--update` (as in `npm run test:pictures -- --update`) writes the references instead of comparing
    // (tests/e2e/support/pictures.ts). The flag reaches this file, not the test workers.
    env: {
      UPDATE_REFERENCES: process.argv.some((arg) => arg === '--update' || arg === '-u') ? '1' : '',
    },
    hookTimeout: 60_000,
  },
});
