import { defineConfig } from 'vitest/config';

// End-to-end suite: real Chromium and Firefox against the built extension (`npm run build && npm run build:firefox` first).
// One file at a time: CI machines have 2 cores and each browser wants one.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 90_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
