import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Every file under `dir`, as sorted `/`-separated relative paths. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/** The built HTML for a URL path such as `/bai-viet/2020/x/`. */
export async function readPage(dist: string, urlPath: string): Promise<HTMLElement> {
  const file = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
  return parse(await readFile(join(dist, decodeURI(file)), 'utf8'));
}

export const text = (element: HTMLElement | null | undefined) => element?.textContent.replace(/\s+/g, ' ').trim() ?? '';
