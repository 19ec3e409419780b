/**
 * What a build leaves for the next one in the cache folder (`<cache>/bantin-build/`), for its summary: which articles
 * were not online and why, and which site it published.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** An article not online, as its source says: a draft, or scheduled for a later time. */
export interface NotOnline {
  state: 'draft' | 'scheduled';
  /** ISO instant of a scheduled article */
  date?: string | undefined;
}

const NOT_ONLINE = 'bantin-build/not-online.json';
const LAST_SITE = 'bantin-build/last-site.json';

/**
 * Whether the site at `dir` is the one the last build with this cache published (a page copied from the cache and
 * left alone is then the page published last time: see diffSites). The record is taken away until this build
 * succeeds: Astro writes the pages it renders into its cache as it goes, so a build that fails leaves a cache whose
 * pages are not those of the published site.
 */
export async function takeSiteRecord(cacheDir: string, dir: string): Promise<boolean> {
  const record = await readFile(join(cacheDir, LAST_SITE), 'utf8').catch(() => '{}');
  await rm(join(cacheDir, LAST_SITE), { force: true });
  try {
    return (JSON.parse(record) as { site?: string }).site === dir;
  } catch {
    return false;
  }
}

/** Record the site this build published. */
export async function recordSite(cacheDir: string, dir: string): Promise<void> {
  await mkdir(dirname(join(cacheDir, LAST_SITE)), { recursive: true });
  await writeFile(join(cacheDir, LAST_SITE), `${JSON.stringify({ site: dir })}\n`);
}

export async function readNotOnline(cacheDir: string): Promise<Map<string, NotOnline> | undefined> {
  try {
    return new Map(Object.entries(JSON.parse(await readFile(join(cacheDir, NOT_ONLINE), 'utf8')) as Record<string, NotOnline>));
  } catch {
    return undefined;
  }
}

export async function writeNotOnline(cacheDir: string, record: Map<string, NotOnline>): Promise<void> {
  await mkdir(dirname(join(cacheDir, NOT_ONLINE)), { recursive: true });
  await writeFile(join(cacheDir, NOT_ONLINE), `${JSON.stringify(Object.fromEntries([...record].sort(([a], [b]) => (a < b ? -1 : 1))), null, 1)}\n`);
}

