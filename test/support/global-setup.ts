import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSiteOrThrow } from './build-site.ts';
import { tmpRoot } from './paths.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `dist/` of the sample site, built once for all build and browser tests */
    sampleDist: string;
  }
}

/** Build the sample site once, under a time zone far from Vietnam's. */
export default async function setup(project: TestProject) {
  const outDir = join(tmpRoot, 'sample-dist');
  await rm(outDir, { recursive: true, force: true });
  await buildSiteOrThrow({ outDir, tz: 'America/Los_Angeles' });
  project.provide('sampleDist', outDir);
}
