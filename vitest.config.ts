import { defineConfig } from 'vitest/config';

/**
 * Two steps: `unit` (pure modules, in parallel, seconds: `npm run test:unit`), then `build` (real Astro builds of
 * fixture and sample sites) and `browser` (headless Chromium on built sites) together. Build and browser test files
 * run two at a time, one per core: each builds and serves in a copy of the project of its own
 * (test/support/build-site.ts), since Astro keeps per-project state under the project's root.
 */
const SITE_FILES_AT_ONCE = 2;

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 300_000,
    projects: [
      // On every core (Vitest's default leaves one free, which on two cores would run them one at a time, last).
      // Not isolated: a worker keeps the modules it imported (zod schemas, the content check, satori…) for its next
      // file instead of importing them again for each of the 70-odd files: two thirds of the project's CPU time went
      // there. Tests that need a module afresh (test/unit/data/) reset modules themselves; the suite passes shuffled.
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], maxWorkers: '100%', isolate: false, sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['test/build/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          maxWorkers: SITE_FILES_AT_ONCE,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          maxWorkers: SITE_FILES_AT_ONCE,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
