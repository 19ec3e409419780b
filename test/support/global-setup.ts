import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium } from '../../scripts/harness/chromium.ts';
import { buildSite, copyProject } from './build-site.ts';
import { tmpRoot } from './paths.ts';
import { SUB_PATH_SITE } from './sub-path-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `dist/` of the sample site, built once for all build and browser tests */
    sampleDist: string;
    /** What the sample site's build printed */
    sampleBuildLog: string;
    /** The sample site built a second way (see SUB_PATH_SITE): its `dist/` and what its build printed */
    subPathSite: { dist: string; buildLog: string };
  }
}

type Sites = { sampleDist: string; sampleBuildLog: string; subPathSite: { dist: string; buildLog: string } };

/** The sample site, under a time zone far from Vietnam's. */
async function buildSample(): Promise<{ dist: string; buildLog: string }> {
  const outDir = join(tmpRoot, 'sample-dist');
  await rm(outDir, { recursive: true, force: true });
  const built = await buildSite({ outDir, project: await copyProject(join(tmpRoot, 'projects', 'sample-site')), tz: 'America/Los_Angeles' });
  if (built.code !== 0) throw new Error(`astro build failed (exit ${built.code}):\n${built.output}`);
  return { dist: outDir, buildLog: built.output };
}

/** The sample site under a sub-path, with the web editor for a GitLab host, in tiny search shards. */
async function buildSubPath(): Promise<Sites['subPathSite']> {
  const outDir = join(tmpRoot, 'sub-path-dist');
  await rm(outDir, { recursive: true, force: true });
  const project = await copyProject(join(tmpRoot, 'projects', 'sub-path-site'), SUB_PATH_SITE.editSiteConfig);
  const built = await buildSite({ outDir, project, env: SUB_PATH_SITE.env, args: ['--verbose'] });
  if (built.code !== 0) throw new Error(`astro build failed (exit ${built.code}):\n${built.output}`);
  return { dist: outDir, buildLog: built.output };
}

/**
 * The build and browser projects both set up in this (main) process: the sites are built once per run, side by side
 * (each build leaves a core idle much of the time), in copies of the project of their own. Chromium is found here
 * too, before test files run two at a time: the one in the @sparticuz/chromium package is unpacked to /tmp on first
 * use, and a second file launching it meanwhile would find a half-written binary.
 */
const SITES = Symbol.for('bantin.test.sites');
const held = globalThis as { [SITES]?: Promise<Sites> };

export default async function setup(project: TestProject) {
  held[SITES] ??= Promise.all([buildSample(), buildSubPath(), findChromium()]).then(([sample, subPathSite]) => ({
    sampleDist: sample.dist,
    sampleBuildLog: sample.buildLog,
    subPathSite,
  }));
  const sites = await held[SITES];
  project.provide('sampleDist', sites.sampleDist);
  project.provide('sampleBuildLog', sites.sampleBuildLog);
  project.provide('subPathSite', sites.subPathSite);
}
