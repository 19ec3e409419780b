/**
 * A shard's term table: for each term of its articles (every syllable, folded, and every pair of neighbouring
 * syllables in a sentence), which articles hold it, in which fields, and in which exact forms (tone marks, đ).
 * Tables are kept in the build's cache, one folder per shard, and merged into the published tiers
 * (tier-index.ts): a shard is read and tokenised once, whatever tiers it later moves between.
 *
 * The table is cut into PARTS files by the top bits of each term's hash, so a tier is merged part by part and
 * never holds more than a slice of its shards' terms at once.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { inBatches } from '../node/batches.ts';
import { join } from 'node:path';
import { bucketOf, termHash } from '../lib/search-hash.ts';
import { FIELD_BITS as FIELD, type Fragment } from '../lib/search-manifest.ts';
import { pairKey, scanSyllables } from '../lib/search-text.ts';
import type { IndexedPage } from './indexed-page.ts';

/** Parts a table is cut into (2^6): the finest bucket split a tier can use without reading a part twice. */
export const PART_BITS = 6;
export const PARTS = 1 << PART_BITS;

/** Exact forms a posting can tell apart: the seven most used get a bit each, any others share the eighth. */
export const VARIANT_BITS = 8;

export interface ShardDoc {
  url: string;
  date: string;
  filters: Record<string, string[]>;
}

/** A shard's articles, and their fragments (written as the published files, so tiers link them as they are). */
export interface ShardArticles {
  docs: ShardDoc[];
  fragments: Fragment[];
}

/** One term of a table: its exact forms with how many articles use each (most used first), and its postings. */
export interface TableTerm {
  term: string;
  /** `[exact form, articles]`, most used first; a posting's variant mask counts bits in this order */
  variants: [string, number][];
  /** flat: article (newest first, from 0), fields (FIELD bits), variant mask */
  postings: number[];
}

/**
 * Terms and exact forms by number while a table is built: a shard's 500 articles name a few thousand syllables
 * hundreds of thousands of times, so keys are numbers and strings are made once per term.
 */
class Builder {
  private readonly syllables = new Map<string, number>();
  private readonly exacts = new Map<string, number>();
  private readonly exactNames: string[] = [];
  private readonly pairForms = new Map<number, number>();
  private readonly formNames: string[] = [];
  private readonly index = new Map<number, number>();
  readonly terms: string[] = [];
  /** per term: how many articles use each form */
  readonly uses: Map<number, number>[] = [];
  /** per term, flat: article, fields, form (or -1 - i for several forms: `several[i]`) */
  readonly postings: number[][] = [];
  readonly several: number[][] = [];
  private readonly lastDoc: number[] = [];

  private syllable(folded: string): number {
    let id = this.syllables.get(folded);
    if (id === undefined) this.syllables.set(folded, (id = this.syllables.size));
    return id;
  }

  private exact(form: string): number {
    let id = this.exacts.get(form);
    if (id === undefined) {
      this.exacts.set(form, (id = this.exactNames.length));
      this.exactNames.push(form);
    }
    return id;
  }

  /** A form's id: a syllable's exact form, or (with `before`) the pair of two. */
  private form(exact: number, before?: number): number {
    const key = before === undefined ? exact : (before + 1) * 2 ** 21 + exact;
    let id = this.pairForms.get(key);
    if (id === undefined) {
      this.pairForms.set(key, (id = this.formNames.length));
      this.formNames.push(before === undefined ? this.exactNames[exact]! : `${this.exactNames[before]} ${this.exactNames[exact]}`);
    }
    return id;
  }

  formName(id: number): string {
    return this.formNames[id]!;
  }

  /** Add a term (`first`, or the pair `first second`) to article `doc`. */
  private add(key: number, first: string, second: string | undefined, form: number, field: number, doc: number) {
    let t = this.index.get(key);
    if (t === undefined) {
      this.index.set(key, (t = this.terms.length));
      this.terms.push(second === undefined ? first : pairKey(first, second));
      this.uses.push(new Map());
      this.postings.push([]);
      this.lastDoc.push(-1);
    }
    const postings = this.postings[t]!;
    const uses = this.uses[t]!;
    if (this.lastDoc[t] !== doc) {
      this.lastDoc[t] = doc;
      postings.push(doc, field, form);
      uses.set(form, (uses.get(form) ?? 0) + 1);
      return;
    }
    const at = postings.length - 1;
    postings[at - 1]! |= field;
    const current = postings[at]!;
    const forms = current >= 0 ? [current] : this.several[-1 - current]!;
    if (forms.includes(form)) return;
    uses.set(form, (uses.get(form) ?? 0) + 1);
    if (current >= 0) postings[at] = -1 - (this.several.push([current, form]) - 1);
    else forms.push(form);
  }

  /** Add the syllables and pairs of `text`, in `field`, to article `doc`. */
  text(text: string, field: number, doc: number) {
    let before = -1;
    let beforeExact = -1;
    let beforeFolded = '';
    scanSyllables(text, (folded, exact, breakBefore) => {
      const syllable = this.syllable(folded);
      const form = this.exact(exact);
      this.add(-1 - syllable, folded, undefined, this.form(form), field, doc);
      if (before >= 0 && !breakBefore) this.add(before * 2 ** 21 + syllable, beforeFolded, folded, this.form(form, beforeExact), field, doc);
      before = syllable;
      beforeExact = form;
      beforeFolded = folded;
    });
  }

  formsOf(posting: number): number[] {
    return posting >= 0 ? [posting] : this.several[-1 - posting]!;
  }
}

/** Sort terms as every index file lists them: by hash, then by the term itself. */
export const byHash = (a: { hash: number; term: string }, b: { hash: number; term: string }) => a.hash - b.hash || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0);

/**
 * The term table of a shard's pages (taken newest first; the same date by URL). Keywords count as the title: a
 * document's number is what it is called.
 */
export function shardTable(pages: readonly IndexedPage[]): ShardArticles & { terms: TableTerm[] } {
  const ordered = [...pages].sort((a, b) => b.date.getTime() - a.date.getTime() || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const builder = new Builder();
  const docs: ShardDoc[] = ordered.map((page, doc) => {
    builder.text(page.title, FIELD.title, doc);
    for (const keyword of page.keywords) builder.text(keyword, FIELD.title, doc);
    builder.text(page.lede, FIELD.lede, doc);
    for (const block of page.body) builder.text(block, FIELD.body, doc);
    return { url: page.url, date: page.date.toISOString(), filters: page.filters };
  });
  const fragments = ordered.map((page): Fragment => ({ u: page.url, t: page.title, d: page.dateline, n: page.unit, l: page.lede, b: page.body, ...(page.keywords.length ? { k: page.keywords } : {}) }));
  const terms: (TableTerm & { hash: number })[] = builder.terms.map((term, t) => {
    const variants = [...builder.uses[t]!].map(([form, count]) => ({ form, name: builder.formName(form), count })).sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1));
    const bit = new Map(variants.map(({ form }, i) => [form, 1 << Math.min(i, VARIANT_BITS - 1)]));
    const postings = builder.postings[t]!;
    const flat: number[] = [];
    for (let i = 0; i < postings.length; i += 3) {
      const mask = builder.formsOf(postings[i + 2]!).reduce((or, form) => or | bit.get(form)!, 0);
      flat.push(postings[i]!, postings[i + 1]!, mask);
    }
    return { term, hash: termHash(term), variants: variants.map(({ name, count }): [string, number] => [name, count]), postings: flat };
  });
  terms.sort(byHash);
  return { docs, fragments, terms: terms.map(({ term, variants, postings }) => ({ term, variants, postings })) };
}

/** Write a table into `dir`: its articles, their fragments (`f/<n>.json`), and its terms in PARTS files by hash. */
export async function writeShardTable(dir: string, table: ShardArticles & { terms: TableTerm[] }): Promise<void> {
  await mkdir(join(dir, 'parts'), { recursive: true });
  await mkdir(join(dir, 'f'), { recursive: true });
  await inBatches(
    table.fragments.map((fragment, n) => [fragment, n] as const),
    64,
    ([fragment, n]) => writeFile(join(dir, 'f', `${n}.json`), JSON.stringify(fragment)),
  );
  const parts: TableTerm[][] = Array.from({ length: PARTS }, () => []);
  for (const term of table.terms) parts[bucketOf(termHash(term.term), PART_BITS)]!.push(term);
  await Promise.all(parts.map((part, p) => writeFile(join(dir, 'parts', `${p}.json`), JSON.stringify(part.map((t) => [t.term, t.variants, t.postings])))));
  await writeFile(join(dir, 'docs.json'), JSON.stringify(table.docs));
}

export async function readShardDocs(dir: string): Promise<ShardDoc[]> {
  return JSON.parse(await readFile(join(dir, 'docs.json'), 'utf8')) as ShardDoc[];
}

/** One part of a table, in hash order. */
export async function readShardPart(dir: string, part: number): Promise<TableTerm[]> {
  const raw = JSON.parse(await readFile(join(dir, 'parts', `${part}.json`), 'utf8')) as [string, [string, number][], number[]][];
  return raw.map(([term, variants, postings]) => ({ term, variants, postings }));
}
