import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSiteOrThrow, copyProject } from './build-site.ts';
import { tmpRoot } from './paths.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `dist/` of the sample site, built once for all build and browser tests */
    sampleDist: string;
  }
}

/** Set in this (main) process once the sample site is built: the build and browser projects both set up. */
const BUILT = 'BANTIN_TEST_SAMPLE_BUILT';

/** Build the sample site once per test run, under a time zone far from Vietnam's. */
export default async function setup(project: TestProject) {
  const outDir = join(tmpRoot, 'sample-dist');
  if (process.env[BUILT] !== outDir) {
    await rm(outDir, { recursive: true, force: true });
    const project = await copyProject(join(tmpRoot, 'projects', 'sample-site'));
    await buildSiteOrThrow({ outDir, project, tz: 'America/Los_Angeles' });
    process.env[BUILT] = outDir;
  }
  project.provide('sampleDist', outDir);
}
