import { spawn } from 'node:child_process';
import { cp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { withoutViteEnv } from '../../scripts/build/vite-env.ts';
import { projectRoot } from './paths.ts';

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
  /** A copy of the project to build instead of this one (see copyProject) */
  project?: string | undefined;
}

/** The environment without what Vitest sets for itself (`VITEST_…`, `TEST`, Vite's `DEV`, `PROD`, …), as a shell would have it. */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env = withoutViteEnv({ ...process.env });
  for (const key of Object.keys(env)) if (/^(VITEST.*|TEST)$/.test(key)) delete env[key];
  return env;
}

/** Run the production build (`npm run build`) in a child process, with its own time zone and content. */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const project = options.project ?? projectRoot;
  const script = join(project, 'scripts/build.ts');
  const cacheDir = options.cacheDir ?? `${options.outDir}.cold-cache`;
  if (!options.cacheDir) await rm(cacheDir, { recursive: true, force: true });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, '--outDir', options.outDir], {
      cwd: project,
      env: {
        ...cleanEnv(),
        NODE_ENV: 'production',
        ASTRO_TELEMETRY_DISABLED: '1',
        TZ: options.tz ?? process.env.TZ ?? 'UTC',
        ...(options.content ? { BANTIN_CONTENT: options.content } : {}),
        BANTIN_CACHE_DIR: cacheDir,
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
 * A copy of the project's code, configuration and sample content in `dir`, sharing its node_modules, for a build
 * with another site configuration: `edit` rewrites src/site.config.ts.
 */
export async function copyProject(dir: string, edit: (siteConfig: string) => string): Promise<string> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'scripts', 'public', 'content']) {
    await cp(join(projectRoot, entry), join(dir, entry), { recursive: true, filter: (path) => !/[/\\](\.astro|node_modules)([/\\]|$)/.test(path) });
  }
  await symlink(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const config = join(dir, 'src/site.config.ts');
  await writeFile(config, edit(await readFile(config, 'utf8')));
  return dir;
}

/** Build and fail loudly with Astro's output if the build fails. */
export async function buildSiteOrThrow(options: BuildOptions): Promise<string> {
  const result = await buildSite(options);
  if (result.code !== 0) throw new Error(`astro build failed (exit ${result.code}):\n${result.output}`);
  return options.outDir;
}
