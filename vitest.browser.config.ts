import { defineConfig } from 'vitest/config';

/** Real-browser tests: Chromium with the built extension. One file at a time (2-core machines). */
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
