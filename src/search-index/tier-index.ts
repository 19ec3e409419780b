/**
 * A tier of the published index: consecutive shards, newest first, merged into one set of term files, with a
 * fragment file per article and the tier's filters. A small tier (the newest articles, which every search reads,
 * and the documents) gives each term's whole list to the directory (directory.ts); a large tier gives it its title
 * lists and keeps the rest of each list (ledes and bodies) in files of its own, read only when a search still
 * needs them.
 */
import { copyFile, link, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { monthKey, zonedParts } from '../lib/dates.ts';
import { bucketOf, termHash, variantCode } from '../lib/search-hash.ts';
import { FIELD_BITS, VARIANT_SHIFT, type TierEntry, type FilterPostings } from '../lib/search-manifest.ts';
import { inBatches } from '../node/batches.ts';
import { PARTS, VARIANT_BITS, byHash, readShardDocs, readShardPart, type ShardDoc } from './shard-table.ts';

/** About the raw size of one term file: a few KiB over the wire once compressed. */
const FILE_CHARS = 6000;

/** The filters a tier lists articles by (the year is a range of articles, in the manifest). */
const FACET_FILTERS = ['unit', 'author', 'tag', 'kind'];

/**
 * How a tier's lists are kept: `newest`, every list in the directory; `older`, the pairs' title lists there and the
 * rest in `r` files; `documents`, the pairs' lists in the directory and the single syllables' in `w` files of its own (the
 * directory's entries for single syllables are large, and only the documents' search needs the documents' ones).
 */
export type TierKind = 'newest' | 'older' | 'documents';

export interface TierSource {
  /** cache folders of its shards' tables, newest first */
  shards: string[];
  kind: TierKind;
}

/** What a tier puts in the manifest, besides its id, folder and key. */
export type TierFigures = Omit<TierEntry, 'id' | 'dir' | 'key'>;

/**
 * A tier's entries of a part of the terms, for the directory: a small tier's whole lists (codes, postings), a large
 * tier's summary (codes, counts and masks by best field, title postings).
 */
export type DirectoryPart = ([term: string, codes: number[], postings: number[]] | [term: string, codes: number[], counts: [number, number, number], masks: [number, number, number], title: number[]])[];

interface Serialized {
  hash: number;
  term: string;
  json: string;
}

/** Postings as gaps: `[doc, …rest]` items to `[gap, …rest]`, flat. */
function gaps(items: readonly number[][]): number[] {
  const flat: number[] = [];
  let last = 0;
  for (const [doc, ...rest] of items) {
    flat.push(doc! - last, ...rest);
    last = doc!;
  }
  return flat;
}

/** Postings of (article, value) pairs, kept as gaps while they are added in order. */
class GapList {
  readonly flat: number[] = [];
  private last = 0;
  add(doc: number, value: number) {
    this.flat.push(doc - this.last, value);
    this.last = doc;
  }
}

/** The 16-bit codes of the exact forms a mask's bits stand for (all forms' syllables, flat), at most seven forms. */
const codesOf = (forms: readonly string[]) => forms.slice(0, VARIANT_BITS - 1).flatMap((form) => form.split(' ').map(variantCode));

/** Bucket bits for entries of `chars` characters in all: files of about FILE_CHARS. */
export const bitsFor = (chars: number) => Math.max(0, Math.ceil(Math.log2(Math.max(1, chars / FILE_CHARS))));

/** Write entries (sorted by hash) into 2^bits bucket files under `dir`; returns the bits. */
export async function writeBuckets(dir: string, entries: readonly Serialized[]): Promise<number> {
  const bits = bitsFor(entries.reduce((sum, e) => sum + e.term.length + e.json.length + 4, 0));
  await mkdir(dir, { recursive: true });
  const files = new Map<number, string[]>();
  for (const entry of entries) {
    const bucket = bucketOf(entry.hash, bits);
    const list = files.get(bucket) ?? [];
    list.push(`${JSON.stringify(entry.term)}:${entry.json}`);
    files.set(bucket, list);
  }
  await inBatches([...files], 64, ([bucket, list]) => writeFile(join(dir, `${bucket}.json`), `{${list.join(',')}}`));
  return bits;
}

/** Merge one part of the shards' tables: each term with its exact forms and postings in tier numbering. */
function mergePart(parts: readonly { offset: number; terms: Awaited<ReturnType<typeof readShardPart>> }[]) {
  const merged = new Map<string, { counts: Map<string, number>; items: { offset: number; variants: string[]; postings: number[] }[] }>();
  for (const { offset, terms } of parts) {
    for (const { term, variants, postings } of terms) {
      let entry = merged.get(term);
      if (!entry) merged.set(term, (entry = { counts: new Map(), items: [] }));
      for (const [form, count] of variants) entry.counts.set(form, (entry.counts.get(form) ?? 0) + count);
      entry.items.push({ offset, variants: variants.map(([form]) => form), postings });
    }
  }
  return [...merged].map(([term, { counts, items }]) => {
    const forms = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([form]) => form);
    const bit = new Map(forms.map((form, i) => [form, 1 << Math.min(i, VARIANT_BITS - 1)]));
    /** flat, in the tier's order: article, fields, mask */
    const postings: number[] = [];
    for (const { offset, variants, postings: flat } of items) {
      // A shard's mask bit i is its i-th form (the last bit: any form past its seventh), now the tier's bit for it.
      const remap = variants.map((form, i) => (i < VARIANT_BITS - 1 ? bit.get(form)! : 1 << (VARIANT_BITS - 1)));
      const same = remap.every((b, i) => b === 1 << Math.min(i, VARIANT_BITS - 1));
      for (let i = 0; i < flat.length; i += 3) {
        let mask = flat[i + 2]!;
        if (!same) {
          mask = 0;
          for (let b = 0; b < VARIANT_BITS; b++) if (flat[i + 2]! & (1 << b)) mask |= remap[b] ?? 1 << (VARIANT_BITS - 1);
        }
        postings.push(flat[i]! + offset, flat[i + 1]!, mask);
      }
    }
    return { term, hash: termHash(term), forms, postings };
  });
}

/** The tier's filters: for each filter and value, its articles. */
function filterPostings(docs: readonly ShardDoc[]): FilterPostings {
  const facets: Record<string, Record<string, number[][]>> = {};
  docs.forEach((doc, n) => {
    for (const name of FACET_FILTERS) for (const value of new Set(doc.filters[name] ?? [])) ((facets[name] ??= {})[value] ??= []).push([n]);
  });
  const out: FilterPostings = {};
  for (const [name, values] of Object.entries(facets)) {
    out[name] = {};
    for (const value of Object.keys(values).sort()) out[name]![value] = gaps(values[value]!);
  }
  return out;
}

/** Articles by year (newest first), as ranges of the tier's numbering, and the months it covers. */
function tierYears(docs: readonly ShardDoc[], timeZone: string): Pick<TierFigures, 'years' | 'from' | 'to'> {
  const years: [number, number, number][] = [];
  const months = docs.map((doc) => zonedParts(new Date(doc.date), timeZone));
  months.forEach(({ year }, n) => {
    const last = years.at(-1);
    if (last && last[0] === year) last[2] = n + 1;
    else years.push([year, n, n + 1]);
  });
  return { years, from: months.length ? monthKey(months.at(-1)!.year, months.at(-1)!.month) : '', to: months.length ? monthKey(months[0]!.year, months[0]!.month) : '' };
}

/** Build a tier from its shards' tables into `outDir` (published files) and its directory parts into `directoryDir` (kept in the cache for directory.ts). */
export async function buildTier(source: TierSource, outDir: string, directoryDir: string, timeZone: string): Promise<TierFigures> {
  const shardDocs = await Promise.all(source.shards.map(readShardDocs));
  const offsets: number[] = [];
  let total = 0;
  for (const list of shardDocs) {
    offsets.push(total);
    total += list.length;
  }
  const docs = shardDocs.flat();
  const own = { r: [] as Serialized[], w: [] as Serialized[] };
  await mkdir(directoryDir, { recursive: true });
  await mkdir(outDir, { recursive: true });
  for (let p = 0; p < PARTS; p++) {
    const parts = await Promise.all(source.shards.map(async (dir, i) => ({ offset: offsets[i]!, terms: await readShardPart(dir, p) })));
    const terms = mergePart(parts).sort(byHash);
    const directory: DirectoryPart = [];
    for (const { term, hash, forms, postings } of terms) {
      const codes = codesOf(forms);
      if (source.kind !== 'older') {
        const list = new GapList();
        for (let i = 0; i < postings.length; i += 3) list.add(postings[i]!, postings[i + 1]! | (postings[i + 2]! << VARIANT_SHIFT));
        if (source.kind === 'documents' && !term.includes(' ')) own.w.push({ hash, term, json: JSON.stringify([codes, list.flat]) });
        else directory.push([term, codes, list.flat]);
        continue;
      }
      // A pair's title postings for the directory; the rest of the list (a single syllable's titles too: common ones
      // are in thousands of titles, and the directory's file is read for its counts), fields together (a search reads
      // them all), flags the mask, then the field.
      const titleInDirectory = term.includes(' ');
      const title = new GapList();
      const others = new GapList();
      const counts: [number, number, number] = [0, 0, 0];
      const masks: [number, number, number] = [0, 0, 0];
      for (let i = 0; i < postings.length; i += 3) {
        const [doc, fields, mask] = [postings[i]!, postings[i + 1]!, postings[i + 2]!];
        const best = fields & FIELD_BITS.title ? 0 : fields & FIELD_BITS.lede ? 1 : 2;
        counts[best]++;
        masks[best] |= mask;
        if (best === 0 && titleInDirectory) title.add(doc, mask);
        else others.add(doc, (mask << 2) | best);
      }
      directory.push([term, codes, counts, masks, title.flat]);
      if (others.flat.length) own.r.push({ hash, term, json: JSON.stringify(others.flat) });
    }
    await writeFile(join(directoryDir, `${p}.json`), JSON.stringify(directory));
  }
  const bits: TierFigures['bits'] = {};
  if (source.kind === 'older') bits.r = await writeBuckets(join(outDir, 'r'), own.r);
  if (source.kind === 'documents') bits.w = await writeBuckets(join(outDir, 'w'), own.w);
  await writeFile(join(outDir, 'facets.json'), JSON.stringify(filterPostings(docs)));
  // Fragments as the shards wrote them, linked under the tier's numbering.
  await mkdir(join(outDir, 'f'), { recursive: true });
  const fragments = source.shards.flatMap((dir, i) => shardDocs[i]!.map((_, n) => [join(dir, 'f', `${n}.json`), join(outDir, 'f', `${offsets[i]! + n}.json`)] as const));
  await inBatches(fragments, 64, ([from, to]) => link(from, to).catch(() => copyFile(from, to)));
  return { docs: docs.length, ...tierYears(docs, timeZone), bits };
}
