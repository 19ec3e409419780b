/**
 * The installed Astro's own modules and sources, for the tests that pin the framework internals bantin relies on
 * (README, "Framework internals we rely on"). Deep imports by file: Astro's package exports do not list them.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from './paths.ts';

const astroDist = (path: string) => join(projectRoot, 'node_modules/astro/dist', path);

/** A module of the installed Astro (`content/consts.js`), imported as Astro imports it. */
export const astroModule = <T = Record<string, unknown>>(path: string): Promise<T> => import(pathToFileURL(astroDist(path)).href) as Promise<T>;

/** The source of a module of the installed Astro. */
export const astroSource = (path: string): Promise<string> => readFile(astroDist(path), 'utf8');
