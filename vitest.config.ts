import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Builds and browsers are heavy on a 2-core machine: one test file at a time.
    fileParallelism: false,
  },
});
