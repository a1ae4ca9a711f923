import { defineConfig } from 'vitest/config';

/**
 * Three projects, run one after the other (sequence.groupOrder):
 * - unit: one file per module, pure or on temp folders only, in parallel;
 * - integration: real builds, the CLI as a process, local servers, one file at a time (a build uses both cores);
 * - browser: Debian's Chromium against a local server, one file at a time; the sites several of its files read
 *   (the 1,000-article synthetic site, the 52 real news articles) are built once a run, by the first file that
 *   asks, into a folder its global setup provides (tests/helpers/sharedSites.ts).
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/helpers/sharedSitesSetup.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
