/**
 * The directory: for every term, what each tier holds of it: a small tier's whole list, a large tier's exact
 * forms, how many articles hold it in their title, lede or body, and the title postings (search-manifest.ts). A
 * search reads one directory file per term and knows which tiers, and which of their lists, can still give it a
 * better result than it already has.
 *
 * Built from the directory parts each tier leaves in the cache (tier-index.ts), part by part.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { termHash } from '../lib/search-hash.ts';
import type { DirectoryEntry } from '../lib/search-manifest.ts';
import { PARTS, byHash } from './shard-table.ts';
import { writeBuckets, type DirectoryPart } from './tier-index.ts';

/**
 * Write the directory of `tiers` (each: its key in the directory, and the cache folder of its directory parts)
 * into 2^bits bucket files under `outDir`; returns the bits.
 */
export async function buildDirectory(tiers: readonly { key: number; parts: string }[], outDir: string): Promise<number> {
  const entries: { hash: number; term: string; json: string }[] = [];
  for (let p = 0; p < PARTS; p++) {
    const merged = new Map<string, DirectoryEntry>();
    for (const { key, parts } of tiers) {
      const part = JSON.parse(await readFile(join(parts, `${p}.json`), 'utf8')) as DirectoryPart;
      for (const [term, ...held] of part) {
        let entry = merged.get(term);
        if (!entry) merged.set(term, (entry = []));
        entry.push([key, ...held] as DirectoryEntry[number]);
      }
    }
    const terms = [...merged].map(([term, entry]) => ({ term, hash: termHash(term), json: JSON.stringify(entry) })).sort(byHash);
    entries.push(...terms);
  }
  return writeBuckets(outDir, entries);
}
