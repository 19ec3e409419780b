import { defineConfig } from 'vitest/config';

/**
 * Three projects, run in this order: `unit` (pure modules, in parallel, seconds: `npm run test:unit`), `build` (real
 * Astro builds of fixture and sample sites) and `browser` (headless Chromium on built sites). Build and browser
 * tests run Astro one build at a time, since builds share the project's src/ and caches.
 */
export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 300_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], sequence: { groupOrder: 0 } } },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['test/build/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
