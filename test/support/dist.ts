import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Every file under `dir`, as sorted `/`-separated relative paths. */
export { filesUnder as listFiles } from '../../src/node/files.ts';

/** The built HTML for a URL path such as `/bai-viet/2020/x/`. */
export async function readPage(dist: string, urlPath: string): Promise<HTMLElement> {
  const file = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
  return parse(await readFile(join(dist, decodeURI(file)), 'utf8'));
}

export const text = (element: HTMLElement | null | undefined) => element?.textContent.replace(/\s+/g, ' ').trim() ?? '';
