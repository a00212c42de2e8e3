import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/component/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    // Two cores on these machines: two workers keep the run quick without thrashing.
    maxWorkers: 2,
    // A component test that renders the dashboard's charts and clicks through takes ≈ 3 s alone
    // and twice that on a busy shared machine: the 5 s default would fail it for no fault.
    testTimeout: 15_000,
  },
});
