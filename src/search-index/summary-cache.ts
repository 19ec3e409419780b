/**
 * The article pages' summaries (date, filters, digest of what is indexed) kept from one build to the next, so that
 * a rebuild does not read and digest again the pages it copied unchanged from Astro's page cache (see
 * scripts/build/page-cache.ts): 10,000 of them took 4–5 s after Astro had exited.
 *
 * A summary is reused only for a page that is still the copy put in before Astro started (not rewritten since) and
 * that is the page it was made from: the same bytes (a digest). Reading a page's bytes costs a tenth of summarising
 * it, and in the folder the cache was made in even that is spared: there, Astro's cached original
 * (`<cacheDir>/dist/<path>`) with the size and modification time it had when the summary was saved is that page.
 * A cache restored elsewhere (a CI runner: new paths, every file's time new) is checked by the digests alone.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { inBatches } from '../node/batches.ts';
import type { PageFile, PageSummary } from './page-summary.ts';
import { sha256 } from '../node/digest.ts';

const FILE = 'page-summaries.json';
/** Bumped when PageSummary or the way pages are summarised changes. */
const FORMAT = 2;

interface Saved {
  format: number;
  pages: Record<string, { summary: Omit<PageSummary, 'file' | 'size' | 'mtimeMs'>; original: { size: number; mtimeMs: number } }>;
}

/** Astro's cached copy of a page of the site in `dist`. */
const originalOf = (cacheDir: string, dist: string, file: string) => join(cacheDir, 'dist', relative(dist, file));

export class SummaryCache {
  private readonly saved: Saved['pages'];
  private readonly cacheDir: string;
  private readonly dist: string;
  /** when the cached pages were copied into `dist`: a file written later is Astro's new rendering */
  private readonly seededAt: number;
  /** how many summaries were reused */
  kept = 0;

  private constructor(saved: Saved['pages'], cacheDir: string, dist: string, seededAt: number) {
    this.saved = saved;
    this.cacheDir = cacheDir;
    this.dist = dist;
    this.seededAt = seededAt;
  }

  /** The summaries saved by the last build, for the pages copied into `dist` at `seededAt`. Empty if none. */
  static async load(cacheDir: string, dist: string, seededAt: number): Promise<SummaryCache> {
    const saved = await readFile(join(cacheDir, FILE), 'utf8')
      .then((text) => JSON.parse(text) as Saved)
      .catch(() => undefined);
    return new SummaryCache(saved?.format === FORMAT ? saved.pages : {}, cacheDir, dist, seededAt);
  }

  /** The saved summary of `page`, if the file is still the unchanged copy of the page it was read from. */
  async reuse(page: PageFile): Promise<PageSummary | undefined> {
    const saved = this.saved[page.url];
    if (!saved) return undefined;
    const [info, original] = await Promise.all([stat(page.file), stat(originalOf(this.cacheDir, this.dist, page.file))]).catch(() => []);
    if (!info || !original || info.mtimeMs >= this.seededAt || info.size !== saved.original.size) return undefined;
    const unchanged = original.size === saved.original.size && original.mtimeMs === saved.original.mtimeMs;
    if (!unchanged && sha256(await readFile(page.file), 'base64url') !== saved.summary.fileDigest) return undefined;
    this.kept++;
    return { ...saved.summary, date: new Date(saved.summary.date), file: page.file, size: info.size, mtimeMs: info.mtimeMs };
  }
}

/**
 * Keep the summaries of this build's article pages for the next, with the state of Astro's cached copy of each
 * (written by Astro in this build or an earlier one). A page Astro does not cache is left out.
 */
export async function saveSummaries(cacheDir: string, dist: string, summaries: readonly PageSummary[]): Promise<void> {
  const pages: Saved['pages'] = {};
  await inBatches(summaries, 64, async ({ file, size, mtimeMs, ...summary }) => {
    const original = await stat(originalOf(cacheDir, dist, file)).catch(() => undefined);
    if (original && original.size === size) pages[summary.url] = { summary, original: { size: original.size, mtimeMs: original.mtimeMs } };
  });
  await writeFile(join(cacheDir, FILE), JSON.stringify({ format: FORMAT, pages } satisfies Saved));
}
