/**
 * A checkout of the project in another folder, as a CI runner makes one: the project's files copied, its
 * node_modules installed there (hard links to this one's: the same packages, at a new path), and the build cache of
 * an earlier build restored into it with every file's time new. The benchmark's CI-style rebuild and the CI rebuild
 * test build in such checkouts.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, readdir, rm, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** What a clone of the repository holds, besides `content/` (build output, caches and scratch are not committed). */
const PROJECT_ENTRIES = ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', 'src', 'scripts', 'public'];
/** Folders git ignores inside those: build output and caches. */
const IGNORED = /[/\\](\.astro|node_modules|dist|\.tmp)([/\\]|$)/;
/** What `npm install` leaves out of node_modules: caches of earlier builds, which a CI runner restores or lacks. */
const NOT_INSTALLED = new Set(['.astro', '.vite', '.cache']);

/**
 * A copy of the project at `project` in `dir` (emptied first), with a copy of `content` at `contentPath` in it (where
 * the build finds it: `content/`, or where BANTIN_CONTENT will say).
 */
export async function freshCheckout(project: string, dir: string, content: string, contentPath = 'content'): Promise<string> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, 'node_modules'), { recursive: true });
  for (const entry of PROJECT_ENTRIES) await cp(join(project, entry), join(dir, entry), { recursive: true, filter: (path) => !IGNORED.test(path.slice(project.length)) });
  await cp(content, join(dir, contentPath), { recursive: true });
  // Hard links: a second of `cp -al` instead of a minute of copying a gigabyte. The build writes only its cache
  // there (node_modules/.astro, a folder of the checkout's own), never into a package's files.
  const packages = (await readdir(join(project, 'node_modules'))).filter((name) => !NOT_INSTALLED.has(name));
  await promisify(execFile)('cp', ['-al', ...packages.map((name) => join(project, 'node_modules', name)), join(dir, 'node_modules')]);
  return dir;
}

/** The build's cache folder in a checkout: Astro's default, where `npm run build` keeps it (src/node/project-dirs.ts). */
export const checkoutCache = (dir: string) => join(dir, 'node_modules/.astro');

/** Restore a saved cache folder into `to` (replacing what is there), every file and folder dated `time`. */
export async function restoreCache(from: string, to: string, time = new Date()): Promise<void> {
  await rm(to, { recursive: true, force: true });
  await cp(from, to, { recursive: true });
  await touchAll(to, time);
}

/** Give every file and folder under `dir` (and `dir`) the modification time `time`, as a fresh checkout has. */
export async function touchAll(dir: string, time = new Date()): Promise<void> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const path of [...entries.map((entry) => join(entry.parentPath, entry.name)), dir]) await utimes(path, time, time);
}

/**
 * The pages of a build with this cache folder that Astro rendered (it writes its cached copy of a page,
 * `<cache>/dist/…html`, only then) since `time`, and those it kept.
 */
export async function pagesRendered(cache: string, time: number): Promise<{ rendered: string[]; kept: number }> {
  const dir = join(cache, 'dist');
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const pages = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name));
  const times = await Promise.all(pages.map((page) => stat(page).then((info) => info.mtimeMs)));
  const rendered = pages.filter((_, i) => times[i]! >= time).map((page) => page.slice(dir.length + 1).split('\\').join('/'));
  return { rendered, kept: pages.length - rendered.length };
}
