import { defineConfig } from 'vitest/config';

/**
 * The walk in Firefox and WebKit (tests/engines/): the same checks in each engine, against a
 * site built once with its public address (tests/engines/support/global-setup.ts).
 * `npm run test:engines -- firefox` (or webkit) walks one engine alone.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/engines/**/*.engines.test.ts'],
    globalSetup: ['tests/engines/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
