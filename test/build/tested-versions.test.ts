/**
 * `npm run check` and `npm run build` warn, once, when an installed framework package is outside the versions tested
 * (scripts/cli/tested-versions.ts), read from the installed package's package.json: here a copy of the project whose
 * node_modules holds an Astro that says it is 7.99.0 (every file of the real one, its package.json's version changed).
 */
import { mkdir, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyProject } from '../support/build-site.ts';
import { runScript } from '../support/run-script.ts';
import { projectRoot, tmpRoot } from '../support/paths.ts';

const content = join(projectRoot, 'test/fixtures/minimal');
const WARNING = /^Cảnh báo: bantin chưa được thử với astro 7\.99\.0 \(đã thử: [^)]+\)\. .*"Framework internals we rely on"\)\.$/;
let project = '';

/** `project`'s node_modules as a folder of links to the real one's, but `name`, which says it is `version`. */
async function installedAs(project: string, name: string, version: string): Promise<void> {
  const modules = join(project, 'node_modules');
  const real = join(projectRoot, 'node_modules');
  await rm(modules, { recursive: true, force: true });
  await mkdir(join(modules, name), { recursive: true });
  // Astro's and Vite's caches stay the copy's own.
  for (const entry of await readdir(real)) if (entry !== name && entry !== '.astro' && entry !== '.vite') await symlink(join(real, entry), join(modules, entry));
  for (const entry of await readdir(join(real, name))) if (entry !== 'package.json') await symlink(join(real, name, entry), join(modules, name, entry));
  const manifest = JSON.parse(await readFile(join(real, name, 'package.json'), 'utf8')) as { version: string };
  await writeFile(join(modules, name, 'package.json'), JSON.stringify({ ...manifest, version }, null, 2));
}

beforeAll(async () => {
  project = await copyProject(join(tmpRoot, 'projects', 'tested-versions'));
  await installedAs(project, 'astro', '7.99.0');
});

describe('an Astro outside the versions tested', () => {
  it('is named in one warning by npm run check', async () => {
    const result = await runScript('scripts/check.ts', ['--content-only'], { BANTIN_CONTENT: content }, project);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr.split('\n').filter((line) => line.includes('chưa được thử'))).toEqual([expect.stringMatching(WARNING)]);
  });

  it('and by npm run build, which still builds', { timeout: 600_000 }, async () => {
    const outDir = join(tmpRoot, 'tested-versions', 'dist');
    await mkdir(join(outDir, '..'), { recursive: true });
    const result = await buildSite({ outDir, content, project });
    expect(result.code, result.output).toBe(0);
    expect(result.output.split('\n').filter((line) => line.includes('chưa được thử'))).toEqual([expect.stringMatching(WARNING)]);
  });
});
