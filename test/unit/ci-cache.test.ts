import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cacheDir } from '../../src/node/project-dirs.ts';
import { projectRoot } from '../support/paths.ts';

const yamlFile = async (path: string) => parse(await readFile(join(projectRoot, path), 'utf8')) as Record<string, any>;

/** The folder `npm run build` keeps its cache in when nothing overrides it. */
function defaultCacheDir(): string {
  const saved = process.env.BANTIN_CACHE_DIR;
  delete process.env.BANTIN_CACHE_DIR;
  try {
    return relative(projectRoot, cacheDir(projectRoot));
  } finally {
    if (saved !== undefined) process.env.BANTIN_CACHE_DIR = saved;
  }
}

describe('the CI recipes', () => {
  it('GitHub restores the build’s cache folder before the build, keyed on the lockfile, and saves it after', async () => {
    const steps = (await yamlFile('.github/workflows/deploy.yml')).jobs.build.steps as Record<string, any>[];
    const names = steps.map((step) => step.uses ?? step.name);
    const restore = steps.find((step) => step.uses === 'actions/cache/restore@v4')!;
    const save = steps.find((step) => step.uses === 'actions/cache/save@v4')!;
    expect(restore.with.path).toBe(defaultCacheDir());
    expect(save.with.path).toBe(defaultCacheDir());
    expect(restore.with.key).toContain("hashFiles('package-lock.json')");
    expect(restore.with['restore-keys']).toContain('github.ref_name');
    expect(names.indexOf('actions/cache/restore@v4')).toBeLessThan(names.indexOf('Build'));
    expect(names.indexOf('actions/cache/save@v4')).toBeGreaterThan(names.indexOf('Build'));
  });

  it('GitLab keeps the same folder between pipelines, keyed on the lockfile, and publishes dist/', async () => {
    const pages = (await yamlFile('.gitlab-ci.yml')).pages;
    expect(pages.cache.paths.map((path: string) => path.replace(/\/$/, ''))).toEqual([defaultCacheDir()]);
    expect(pages.cache.key.files).toEqual(['package-lock.json']);
    expect(pages.script).toContain('npm run build');
    expect(pages.pages.publish).toBe('dist');
  });
});
