import { readdirSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** Every file under `dir` (Node only), as sorted `/`-separated paths relative to it. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/** Whether `dir` holds at least one Markdown file directly (Node only): a site may have no documents at all. */
export function hasMarkdownFiles(dir: string): boolean {
  try {
    return readdirSync(dir).some((name) => /\.mdx?$/i.test(name));
  } catch {
    return false;
  }
}
