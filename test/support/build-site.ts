import { spawn } from 'node:child_process';
import { cp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { expect } from 'vitest';
import { withoutViteEnv } from '../../scripts/build/vite-env.ts';
import { CONTENT_CHECKED } from '../../src/integrations/bantin.ts';
import { projectRoot, tmpRoot } from './paths.ts';

export interface BuildResult {
  code: number | null;
  output: string;
}

export interface BuildOptions {
  outDir: string;
  /** Content folder to build instead of `content/` */
  content?: string | undefined;
  /** Time zone of the build machine */
  tz?: string | undefined;
  /** Astro's cache (content store, incremental build). Without one, each build starts from an empty cache. */
  cacheDir?: string | undefined;
  /** Extra environment variables */
  env?: Record<string, string> | undefined;
  /** The copy of the project to build in (see copyProject); by default the test file's own (testFileProject) */
  project?: string | undefined;
  /** More arguments for `npm run build`: `--verbose` for Astro's own lines and each step's details */
  args?: string[] | undefined;
  /**
   * Astro's build alone, as `npm run build` starts it once the content is checked (no check, no search index, no
   * editions' PDFs): for what the pages would hold if the check were skipped.
   */
  withoutContentCheck?: boolean | undefined;
}

/** The environment without what Vitest sets for itself (`VITEST_…`, `TEST`, Vite's `DEV`, `PROD`, …), as a shell would have it. */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env = withoutViteEnv({ ...process.env });
  for (const key of Object.keys(env)) if (/^(VITEST.*|TEST)$/.test(key)) delete env[key];
  return env;
}

/** Run the production build (`npm run build`) in a child process, with its own time zone and content. */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const project = options.project ?? (await testFileProject());
  const script = join(project, options.withoutContentCheck ? 'scripts/build/astro-build.ts' : 'scripts/build.ts');
  const cacheDir = options.cacheDir ?? `${options.outDir}.cold-cache`;
  if (!options.cacheDir) await rm(cacheDir, { recursive: true, force: true });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, '--outDir', options.outDir, ...(options.args ?? [])], {
      cwd: project,
      env: {
        ...cleanEnv(),
        NODE_ENV: 'production',
        ASTRO_TELEMETRY_DISABLED: '1',
        TZ: options.tz ?? process.env.TZ ?? 'UTC',
        ...(options.content ? { BANTIN_CONTENT: options.content } : {}),
        BANTIN_CACHE_DIR: cacheDir,
        ...(options.withoutContentCheck ? { [CONTENT_CHECKED]: '1' } : {}),
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/**
 * A copy of the project's code, configuration and sample content in `dir`, sharing its node_modules, to build or
 * serve in. Astro keeps per-project state under its root (`.astro/`: the content modules and types of the content
 * being built; the dev server's lock file), so builds and dev servers of different content collide in one root:
 * each test file works in a copy of its own, and test files can run side by side. `edit` rewrites
 * src/site.config.ts, for a build with another site configuration.
 */
export async function copyProject(dir: string, edit: (siteConfig: string) => string = (config) => config): Promise<string> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'scripts', 'public', 'content']) {
    await cp(join(projectRoot, entry), join(dir, entry), { recursive: true, filter: (path) => !/[/\\](\.astro|node_modules)([/\\]|$)/.test(path) });
  }
  await symlink(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  // Vite's dependency cache would be node_modules/.vite, shared through the symlink by every copy (and every other
  // checkout using these node_modules): dev servers optimising at once would overwrite each other's. Each copy has
  // its own, kept between runs (Vite checks it against the lockfile and configuration) so dev servers start warm.
  const astroConfig = join(dir, 'astro.config.mjs');
  const viteCache = join(tmpRoot, 'vite-cache', relative(tmpRoot, dir).replace(/[/\\]/g, '-'));
  await writeFile(astroConfig, replaceOnce(await readFile(astroConfig, 'utf8'), '  vite: {', `  vite: {\n    cacheDir: ${JSON.stringify(viteCache)},`));
  const config = join(dir, 'src/site.config.ts');
  await writeFile(config, edit(await readFile(config, 'utf8')));
  return dir;
}

function replaceOnce(text: string, search: string, replacement: string): string {
  if (text.split(search).length !== 2) throw new Error(`expected "${search}" exactly once`);
  return text.replace(search, replacement);
}

const ownProjects = new Map<string, Promise<string>>();

/**
 * The running test file's copy of the project (`.tmp/projects/build-photos` for test/build/photos.test.ts), made at
 * its first use and kept for the file's other builds and dev servers: an incremental rebuild needs the project its
 * cache was made in. Each test file has its own module state, so its own copies. Builds that run at the same time
 * need a copy each (Astro bundles the pages into `.astro/.prerender/` under the root): `name` gives another one.
 */
export function testFileProject(name = ''): Promise<string> {
  const testFile = expect.getState().testPath;
  if (!testFile) throw new Error('testFileProject() is for test files; elsewhere give buildSite a project (copyProject)');
  const file = relative(join(projectRoot, 'test'), testFile).replace(/\.test\.ts$/, '').replace(/[/\\]/g, '-');
  const dir = join(tmpRoot, 'projects', name ? `${file}-${name}` : file);
  if (!ownProjects.has(dir)) ownProjects.set(dir, copyProject(dir));
  return ownProjects.get(dir)!;
}

/** Build and fail loudly with Astro's output if the build fails. */
export async function buildSiteOrThrow(options: BuildOptions): Promise<string> {
  const result = await buildSite(options);
  if (result.code !== 0) throw new Error(`astro build failed (exit ${result.code}):\n${result.output}`);
  return options.outDir;
}
