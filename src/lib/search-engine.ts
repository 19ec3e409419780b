/**
 * Search over bantin's index (search-manifest.ts), reading only the files a query needs. Pure: files come through
 * `source`, so the browser fetches them and the tests read them from disk.
 *
 * By relevance (search-rank.ts), one directory file per term of the query gives the first tier's (the newest
 * articles') whole lists and, for older tiers, how many articles hold it in each tier and field, and their title
 * lists; a large tier's file of the rest holds its lede and body lists. Every article found so far has a lowest and
 * a highest possible key from what is known of it; every tier has a highest key for the articles not found yet. The
 * search loads what can still change the first page, best first: the lists of the units with fewest articles, then
 * the articles' own text (their fragments) to settle the few whose key is in doubt, and stops as soon as nothing
 * unread can beat the page's last result. That bar is known before the page is settled: the count-th best of the
 * articles sure to be results, at their lowest key. An article in doubt is settled by the cheapest lists whose
 * absence would drop it below the bar, or by its text when that costs less; one sure to make the page whatever its
 * doubt, by its text, which the page shows. An older article only beats a newer one with a strictly better key, so
 * most searches stop after the first tier and the directory. A long query's common pairs bring in thousands of
 * articles at once: each is first told by how many units it is known to hold and may still hold (bits by unit), and
 * only those that can still reach the page are judged in full.
 *
 * Newest first, tiers are read in order and the search stops once a page is full.
 */
import { bucketOf, termHash } from './search-hash.ts';
import { VARIANT_SHIFT, tierFile, type DirectoryEntry, type Fragment, type SearchManifest, type TierEntry, type FilterPostings, type FilterCounts } from './search-manifest.ts';
import type { Query } from './search-query.ts';
import { classOf, keyBounds, scoreText, togetherOf, type Key, type TextScore, type UnitState } from './search-rank.ts';

/**
 * Reads a file of the index, by its path relative to the manifest's folder; `later`: a file that only completes a
 * search (a large tier's lists), which a browser may fetch after the others (what the page shows waits for those).
 */
export type Source = (path: string, later: boolean) => Promise<unknown>;

/** The filters of a search, by filter name (`unit`, `author`, `tag`, `kind`, `year`): any of the values. */
export type Filters = Partial<Record<string, string[]>>;

/** One term in one tier: its exact forms, and by best field (title, lede, body) its articles when loaded. */
interface TermLists {
  codes: number[];
  /** syllables per form: 1, or 2 for a pair */
  width: number;
  counts: number[];
  masks: number[];
  /** article → variant mask, for each field; undefined until loaded */
  lists: (Map<number, number> | undefined)[];
  /** by unit of the query: the variant bits of the exact forms the reader typed (worked out once) */
  exact?: number[];
}

const OTHER_FORM = 1 << 7;

/** Unit states as shared values (a search judges thousands of articles a round): held in field f, exact, not, or unknown. */
const NOT_HELD: UnitState = { held: false };
const HELD: UnitState[][] = [0, 1, 2].map((best) => [true, false, undefined].map((exact) => ({ held: true, best, exact })));
const MAYBE: UnitState[][] = [0, 1, 2].map((best) => [false, true].map((exact) => ({ held: undefined, best, exact })));

/** Postings of gaps (`[gap, …rest]` flat, `width` numbers each) as article → the number after the gap. */
function decode(flat: readonly number[], width: number, into: (doc: number, value: number) => void) {
  let doc = 0;
  for (let i = 0; i < flat.length; i += width) {
    doc += flat[i]!;
    into(doc, width > 1 ? flat[i + 1]! : 0);
  }
}

/** Syllables per form of a term: 1, or 2 for a pair. */
const widthOf = (term: string) => (term.includes(' ') ? 2 : 1);

/** A small tier's whole list of a term, `(gap, fields | mask << 3)` postings, by best field. */
function wholeLists(term: string, codes: number[], postings: readonly number[]): TermLists {
  const lists = [new Map<number, number>(), new Map<number, number>(), new Map<number, number>()];
  const masks = [0, 0, 0];
  decode(postings, 2, (doc, flags) => {
    const best = flags & 1 ? 0 : flags & 2 ? 1 : 2;
    const mask = flags >> VARIANT_SHIFT;
    lists[best]!.set(doc, mask);
    masks[best]! |= mask;
  });
  return { codes, width: widthOf(term), counts: lists.map((l) => l.size), masks, lists };
}

/** The files of an index, each read once. */
export class IndexFiles {
  private readonly files = new Map<string, Promise<unknown>>();
  readonly manifest: SearchManifest;
  private readonly source: Source;

  constructor(manifest: SearchManifest, source: Source) {
    this.manifest = manifest;
    this.source = source;
  }

  read<T>(path: string, later = false): Promise<T> {
    let file = this.files.get(path);
    if (!file) {
      file = this.source(path, later);
      this.files.set(path, file);
    }
    return file as Promise<T>;
  }

  /** A term in the directory: what each tier of `keys` holds of it, by tier key (a small tier: all its lists). */
  async directoryTerm(term: string, keys: ReadonlySet<number>): Promise<Map<number, TermLists>> {
    const { dir, bits } = this.manifest.directory;
    const file = await this.read<Record<string, DirectoryEntry>>(`${dir}${bucketOf(termHash(term), bits)}.json`);
    const found = new Map<number, TermLists>();
    for (const held of file[term] ?? []) {
      if (!keys.has(held[0])) continue;
      if (held.length === 3) {
        found.set(held[0], wholeLists(term, held[1], held[2]));
        continue;
      }
      const [key, codes, counts, masks, title] = held;
      const titles = new Map<number, number>();
      decode(title, 2, (doc, mask) => titles.set(doc, mask));
      // A single syllable's title list is in the tier's `r` files, with the rest.
      const titlesHere = widthOf(term) === 2 || !counts[0];
      found.set(key, { codes, width: widthOf(term), counts, masks, lists: [titlesHere ? titles : undefined, counts[1] ? undefined : new Map(), counts[2] ? undefined : new Map()] });
    }
    return found;
  }

  /** A single syllable a tier keeps in files of its own (the documents): all its lists, or null if none holds it. */
  async ownWord(tier: TierEntry, term: string): Promise<TermLists | null> {
    const file = await this.read<Record<string, [number[], number[]]>>(tierFile(tier.dir, 'w', bucketOf(termHash(term), tier.bits.w ?? 0)));
    const entry = file[term];
    return entry ? wholeLists(term, entry[0], entry[1]) : null;
  }

  /**
   * A large tier's lists of a term that are not in the directory, by best field: its ledes and bodies (and a single
   * syllable's titles).
   */
  async rest(tier: TierEntry, term: string): Promise<Map<number, number>[]> {
    const file = await this.read<Record<string, number[]>>(tierFile(tier.dir, 'r', bucketOf(termHash(term), tier.bits.r ?? 0)), true);
    const lists = [new Map<number, number>(), new Map<number, number>(), new Map<number, number>()];
    decode(file[term] ?? [], 2, (doc, flags) => lists[flags & 3]!.set(doc, flags >> 2));
    return lists;
  }

  filterPostings(tier: TierEntry): Promise<FilterPostings> {
    return this.read<FilterPostings>(`${tier.dir}facets.json`);
  }

  fragment(tier: TierEntry, doc: number): Promise<Fragment> {
    return this.read<Fragment>(`${tier.dir}f/${doc}.json`);
  }
}

/** A result: an article of a tier, its key as one number (larger first), and its fragment once read. */
export interface Hit {
  tier: number;
  doc: number;
  rank: number;
}

/** One page of search results, the best `count` so far. */
export interface ResultPage {
  /** the best `count` results (or fewer, if there are no more), in order */
  hits: Hit[];
  /** how many results are known so far: all of them when `complete` */
  found: number;
  /** every article of the index has been looked at */
  complete: boolean;
}

interface Candidate {
  tier: number;
  doc: number;
  text: TextScore | undefined;
  /** the verdict of `judge`, while nothing it depends on has changed (its tier's version, its text) */
  verdict: { version: number; text: TextScore | undefined; value: Verdict } | undefined;
  /**
   * Left out of a search for `count` results: its highest key cannot beat the last of them, which only rises as
   * the search goes on; with whether it was a result (counted among those found) when left out
   */
  dropped: { count: number; found: boolean; settled: boolean } | undefined;
  /** no result, whatever is read next (what rules an article out only grows): never judged again */
  out: boolean;
}

/** What is known of a candidate: its key's bounds (as ranks), whether it is a result whose key is known, or out. */
interface Verdict {
  c: Candidate;
  lo: number;
  hi: number;
  /** the lowest rank it can have, when it is sure to be a result (-1 otherwise): unlike `lo`, never optimistic */
  floor: number;
  settled: boolean;
  /** settled at its highest run, or assuming it holds its quoted phrases: its text will tell */
  runDoubt: boolean;
  phraseDoubt: boolean;
  out: boolean;
  states: UnitState[];
}

/** A candidate's key in the map of candidates: its tier and number. */
const candidateKey = (tier: number, doc: number) => tier * 2 ** 26 + doc;

interface TierState {
  index: number;
  entry: TierEntry;
  /** a small tier: all its lists are in the directory (a large one keeps its ledes' and bodies' in its `r` files) */
  inline: boolean;
  /** the query's units and words in this tier, once read (null: the tier has no article holding it) */
  terms: Map<string, TermLists | null>;
  /** every list of every word has been read: whether an article holds all the words is known */
  wordsRead: boolean;
  /**
   * A word of the query all of whose lists in this tier are read: every article holding all the words holds it, so
   * every one is a candidate already (found through it)
   */
  apartWord?: string | undefined;
  /** articles passing the filters, once the tier's filters are read (undefined without filters) */
  passing?: Set<number> | undefined;
  /** bumped whenever something is read for this tier: what was judged of its articles may have changed */
  version: number;
  /** lists whose articles are candidates already */
  discovered: Set<Map<number, number>>;
  wordsDiscovered: boolean;
  /** a long query's units each article is known to hold, as bits by unit, from the lists discovered (see `tally`) */
  held?: Uint32Array;
}

/** Ranking order: larger rank first, then the newer article (earlier tier, then smaller number). */
const order = (rankA: number, a: { tier: number; doc: number }, rankB: number, b: { tier: number; doc: number }) => rankB - rankA || a.tier - b.tier || a.doc - b.doc;
const before = (a: { rank: number; tier: number; doc: number }, b: { rank: number; tier: number; doc: number }) => order(a.rank, a, b.rank, b);

/** The `count` best of `judged` sure to be results, by their lowest rank (a page's worth: kept sorted as they come). */
function bestByFloor(judged: readonly Verdict[], count: number): Verdict[] {
  const best: Verdict[] = [];
  const worse = (a: Verdict, b: Verdict) => order(a.floor, a.c, b.floor, b.c) > 0;
  for (const j of judged) {
    if (j.floor < 0 || (best.length === count && !worse(best[count - 1]!, j))) continue;
    let at = best.length;
    while (at > 0 && worse(best[at - 1]!, j)) at--;
    best.splice(at, 0, j);
    if (best.length > count) best.pop();
  }
  return best;
}

/** Whether two keys are the same but perhaps for their run. */
const sameButRun = (a: Key, b: Key) => a.together === b.together && a.exact === b.exact && a.title === b.title && a.lede === b.lede;

/** How many bits of `n` are set. */
function bitCount(n: number): number {
  let bits = 0;
  for (; n; n &= n - 1) bits++;
  return bits;
}

/** Candidates whose doubt is settled by reading their own text, per round. */
const TEXTS_PER_ROUND = 10;
/**
 * What reading costs over the wire, compressed, to choose between a tier's lists and the articles' own text: about a
 * byte and a quarter a posting, plus the rest of the term's file; a fragment is about two and a half KiB.
 */
const POSTING_BYTES = 1.25;
const FILE_BYTES = 2048;
const FRAGMENT_BYTES = 2560;

/** A search of one query with filters over an index; `page(count)` may be asked again for more. */
export class Search {
  private readonly tiers: TierState[];
  /** the tiers searched, by their index in the manifest */
  private readonly byIndex: TierState[] = [];
  private readonly candidates = new Map<number, Candidate>();
  /** the last result of the page the search last looked for (`count` results): it only rises as the search goes on */
  private bar: { count: number; rank: number } | undefined;
  /**
   * A long query (unquoted, unfiltered) keeps in each tier which units each article is known to hold, so that the
   * thousands of articles that come with a common pair's lists can be told out or short of the page at once
   */
  private readonly tallied: boolean;
  private readonly filterNames: string[];
  /** the directory keys of the tiers searched */
  private readonly keys: Set<number>;
  private readonly files: IndexFiles;
  private readonly query: Query;
  private readonly filters: Filters;

  constructor(files: IndexFiles, query: Query, filters: Filters, tiers: readonly TierEntry[]) {
    this.files = files;
    this.query = query;
    this.filters = filters;
    const years = filters.year?.map(Number) ?? [];
    this.filterNames = Object.keys(filters).filter((name) => name !== 'year' && filters[name]!.length);
    this.tiers = tiers
      .map((entry, index) => ({ index, entry, inline: entry.bits.r === undefined, terms: new Map(), wordsRead: false, version: 0, discovered: new Set<Map<number, number>>(), wordsDiscovered: false }))
      .filter((tier) => years.length === 0 || tier.entry.years.some(([year]) => years.includes(year)));
    for (const tier of this.tiers) this.byIndex[tier.index] = tier;
    this.keys = new Set(this.tiers.map((tier) => tier.entry.key));
    this.tallied = !query.everyWord && query.syllables.length > 1 && query.units.length <= 31 && query.required.length === 0 && query.phrases.length === 0 && !this.hasFilters;
  }

  private get hasFilters() {
    return this.filterNames.length > 0 || Boolean(this.filters.year?.length);
  }

  // ─── reading ───────────────────────────────────────────────────────────────────────────────────────────────

  /** Read `terms`: from the directory, one file per term for every tier at once, or a tier's own word files. */
  private async readTerms(tiers: readonly TierState[], terms: readonly string[]): Promise<void> {
    const wanted = [...new Set(tiers.flatMap((tier) => terms.filter((term) => !tier.terms.has(term))))];
    const owns = (tier: TierState, term: string) => tier.entry.bits.w !== undefined && widthOf(term) === 1;
    const found = (tier: TierState, term: string, lists: TermLists | null) => {
      if (tier.terms.has(term)) return;
      tier.terms.set(term, lists);
      tier.version++;
    };
    const jobs: Promise<void>[] = [];
    for (const term of wanted) {
      const owners = this.tiers.filter((tier) => owns(tier, term));
      for (const tier of owners) jobs.push(this.files.ownWord(tier.entry, term).then((lists) => found(tier, term, lists)));
      if (owners.length === this.tiers.length) continue;
      jobs.push(
        this.files.directoryTerm(term, this.keys).then((byKey) => {
          for (const tier of this.tiers) if (!owns(tier, term)) found(tier, term, byKey.get(tier.entry.key) ?? null);
        }),
      );
    }
    await Promise.all(jobs);
  }

  /** Read the unread lists of a large tier's `terms` (ledes and bodies, and a single syllable's titles). */
  private async readLists(tier: TierState, terms: readonly string[]): Promise<void> {
    await this.readTerms([tier], terms);
    const jobs: Promise<void>[] = [];
    for (const term of terms) {
      const lists = tier.terms.get(term);
      if (!lists || lists.lists.every(Boolean)) continue;
      jobs.push(
        this.files.rest(tier.entry, term).then((rest) => {
          rest.forEach((list, field) => (lists.lists[field] ??= list));
          tier.version++;
        }),
      );
    }
    await Promise.all(jobs);
  }

  /**
   * Read the unread lists of a large tier's `units` and, when every word must be held, those of the words a unit
   * leaves out that hold no more articles than the units that leave them out: most articles the units bring in lack
   * such a word, and are left out as they are found, not judged in doubt and read for in another round.
   */
  private async readUnits(tier: TierState, units: readonly string[]): Promise<void> {
    if (!this.query.everyWord) return this.readLists(tier, units);
    const brought = new Map(units.map((unit) => [unit, this.unread(tier, unit).postings]));
    const leftOut = this.query.words.filter((word) => units.some((unit) => !unit.split(' ').includes(word)));
    await Promise.all([this.readLists(tier, units), this.readTerms([tier], leftOut)]);
    const cheap = leftOut.filter((word) => {
      const postings = this.unread(tier, word).postings;
      return postings > 0 && postings <= units.reduce((n, unit) => n + (unit.split(' ').includes(word) ? 0 : brought.get(unit)!), 0);
    });
    if (cheap.length) await this.readLists(tier, cheap);
  }

  /** Read every list of the query's words (and units) in a tier: which of its articles hold them all is then known. */
  private async readWords(tier: TierState): Promise<void> {
    const terms = [...this.query.words, ...this.query.units.map((u) => u.term)];
    await this.readTerms([tier], terms);
    if (!tier.inline) await this.readLists(tier, terms);
    tier.wordsRead = true;
    tier.version++;
  }

  /**
   * Find every article of a tier that can hold all the query's words: read what the tier holds of each word, then
   * every list of the rarest one (they all hold it). Whether they hold the others is settled later, by those words'
   * lists or the articles' texts, whichever costs less.
   */
  private async readRarestWord(tier: TierState): Promise<void> {
    await this.readTerms([tier], this.query.words);
    const size = (word: string) => tier.terms.get(word)?.counts.reduce((a, b) => a + b, 0) ?? 0;
    const rarest = [...this.query.words].sort((a, b) => size(a) - size(b))[0]!;
    if (!tier.inline) await this.readLists(tier, [rarest]);
    tier.apartWord = rarest;
    tier.version++;
  }

  private async readFilters(tier: TierState): Promise<void> {
    if (tier.passing || !this.hasFilters) return;
    const postings = this.filterNames.length ? await this.files.filterPostings(tier.entry) : {};
    let passing: Set<number> | undefined;
    for (const name of this.filterNames) {
      const docs = new Set<number>();
      for (const value of this.filters[name]!) decode(postings[name]?.[value] ?? [], 1, (doc) => docs.add(doc));
      passing = passing ? new Set([...passing].filter((doc) => docs.has(doc))) : docs;
    }
    const years = this.filters.year?.map(Number) ?? [];
    if (years.length) {
      const inYears = (doc: number) => tier.entry.years.some(([year, first, end]) => years.includes(year) && doc >= first && doc < end);
      passing = new Set([...(passing ?? Array.from({ length: tier.entry.docs }, (_, i) => i))].filter(inYears));
    }
    tier.passing = passing;
    tier.version++;
  }

  // ─── what is known ──────────────────────────────────────────────────────────────────────────────────────────

  /** Which variant bits of `lists` are the exact forms the reader typed for unit `u`. */
  private exactBits(lists: TermLists, unit: number): number {
    const codes = this.query.units[unit]!.codes;
    let bits = 0;
    const forms = lists.codes.length / lists.width;
    for (let i = 0; i < forms; i++) {
      if (codes.every((code, j) => code === undefined || lists.codes[i * lists.width + j] === code)) bits |= 1 << i;
    }
    return bits;
  }

  private unitState(tier: TierState, unit: number, doc: number | undefined): UnitState {
    const lists = tier.terms.get(this.query.units[unit]!.term);
    if (lists === undefined) return MAYBE[0]![1]!;
    if (lists === null) return NOT_HELD;
    const exact = (lists.exact ??= this.query.units.map((_, u) => this.exactBits(lists, u)))[unit]!;
    if (doc !== undefined) {
      for (let field = 0; field < 3; field++) {
        const mask = lists.lists[field]?.get(doc);
        if (mask !== undefined) return HELD[field]![mask & exact ? 0 : mask & OTHER_FORM ? 2 : 1]!;
      }
    }
    for (let field = 0; field < 3; field++) {
      if (!lists.lists[field] && lists.counts[field]) return MAYBE[field]![lists.masks[field]! & (exact | OTHER_FORM) ? 1 : 0]!;
    }
    return NOT_HELD;
  }

  /** Whether an article holds word `word`: known from the tier's lists, or undefined. */
  private holdsWord(tier: TierState, word: string, doc: number): boolean | undefined {
    const lists = tier.terms.get(word);
    if (lists === null) return false;
    if (lists === undefined) return undefined;
    if (lists.lists.some((list) => list?.has(doc))) return true;
    return lists.lists.every((list, field) => list || !lists.counts[field]) ? false : undefined;
  }

  /**
   * Whether an article is a result at all (holds every word or enough pairs, the quoted pairs and phrases, passes
   * the filters): true, false, undefined while its text or lists are unread, or `phrases` when all is known but
   * whether its quoted phrases of three or more words are held in a row (only its text tells).
   */
  private matches(c: Candidate, states: readonly UnitState[]): boolean | undefined | 'phrases' {
    const tier = this.tierOf(c);
    const passes = !this.hasFilters ? true : tier.passing ? tier.passing.has(c.doc) : undefined;
    if (passes === false) return false;
    if (c.text) return c.text.allWords && c.text.phrases && this.query.required.every((u) => states[u]!.held !== false) ? passes : false;
    if (this.query.required.some((u) => states[u]!.held === false)) return false;
    const phrasesKnown = this.query.phrases.every(([start, end]) => end - start <= 2);
    const requiredHeld = this.query.required.every((u) => states[u]!.held === true);
    let known: boolean | undefined;
    if (!this.query.everyWord) {
      // A long query: enough of its pairs.
      let held = 0;
      let maybe = 0;
      for (const state of states) {
        if (state.held === true) held++;
        else if (state.held === undefined) maybe++;
      }
      if (held + maybe < this.query.minPairs) return false;
      known = held >= this.query.minPairs;
    } else {
      // Words the held pairs do not cover must be checked in the tier's lists.
      const words = this.uncovered(states).map((word) => this.holdsWord(tier, word, c.doc));
      if (words.includes(false)) return false;
      known = !words.includes(undefined);
    }
    if (!known || !requiredHeld || !passes) return undefined;
    return phrasesKnown ? true : 'phrases';
  }

  /** The query's words that the units an article is known to hold do not cover. */
  private uncovered(states: readonly UnitState[]): string[] {
    const covered = new Set<string>();
    this.query.units.forEach((unit, u) => {
      if (states[u]!.held) for (const word of unit.term.split(' ')) covered.add(word);
    });
    return this.query.words.filter((word) => !covered.has(word));
  }

  private tierOf(c: { tier: number }): TierState {
    return this.byIndex[c.tier]!;
  }

  /**
   * A candidate's key, or its bounds; whether it is settled (a result whose key is known), out, or in doubt.
   * A result whose key is known but for its run (only its text tells whether pairs held in a row are one stretch)
   * is settled at its highest run: it is read if it reaches the page, and drops if it falls short (`runDoubt`).
   */
  private judge(c: Candidate): Verdict {
    const tier = this.tierOf(c);
    if (c.verdict && c.verdict.version === tier.version && c.verdict.text === c.text) return c.verdict.value;
    const value = this.judgeNow(c, tier);
    c.verdict = { version: tier.version, text: c.text, value };
    return value;
  }

  private judgeNow(c: Candidate, tier: TierState): Verdict {
    const states = this.query.units.map((_, u) => this.unitState(tier, u, c.doc));
    const match = this.matches(c, states);
    if (match === false) return { c, lo: -1, hi: -1, floor: -1, settled: false, runDoubt: false, phraseDoubt: false, out: true, states };
    if (c.text) {
      const rank = classOf(c.text.key);
      return { c, lo: rank, hi: rank, floor: match === true ? rank : -1, settled: match === true, runDoubt: false, phraseDoubt: false, out: false, states };
    }
    const { lo, hi } = keyBounds(this.query, states);
    // Settled but for its text: its run, or whether it holds its quoted phrases in a row.
    const settled = (match === true || match === 'phrases') && sameButRun(lo, hi);
    const floor = match === true ? classOf(lo) : -1;
    return { c, lo: settled ? classOf(hi) : -1, hi: classOf(hi), floor, settled, runDoubt: settled && (lo.run !== hi.run || match === 'phrases'), phraseDoubt: match === 'phrases', out: false, states };
  }

  /** Postings of a term a tier has not read yet, and what reading them costs (one file holds them all). */
  private unread(tier: TierState, term: string): { postings: number; bytes: number } {
    const lists = tier.terms.get(term);
    let postings = 0;
    lists?.lists.forEach((list, field) => {
      if (!list) postings += lists.counts[field]!;
    });
    return { postings, bytes: postings ? postings * POSTING_BYTES + FILE_BYTES : 0 };
  }

  /** The highest rank an article in doubt can have if it holds none of `missing` (units or words) it is in doubt about. */
  private hiWithout(tier: TierState, j: Verdict, missing: readonly string[]): number {
    if (missing.length === 0) return j.hi;
    const states = j.states.map((state, u) => (state.held === undefined && missing.includes(this.query.units[u]!.term) ? NOT_HELD : state));
    if (this.query.everyWord && this.uncovered(states).some((word) => missing.includes(word) && this.holdsWord(tier, word, j.c.doc) === undefined)) return -1;
    if (!this.query.everyWord && states.filter((state) => state.held !== false).length < this.query.minPairs) return -1;
    return classOf(keyBounds(this.query, states).hi);
  }

  /**
   * The best key an article of `tier` not found yet could have: through the units' unread lists (with those of
   * `assumeRead` read), or (n ≥ 2) holding every word but no pair of them, found only through the words' lists;
   * -1 where none can be.
   */
  private unseenBound(tier: TierState, assumeRead: ReadonlySet<string> = new Set()): { units: number; apart: number } {
    const states = this.query.units.map((unit, u): UnitState => (assumeRead.has(unit.term) ? { held: false } : this.unitState(tier, u, undefined)));
    const maybe = states.filter((s) => s.held === undefined).length;
    const units = maybe && maybe >= this.query.minPairs ? classOf(keyBounds(this.query, states).hi) : -1;
    const apart =
      this.query.everyWord && this.query.syllables.length > 1 && !tier.wordsRead && tier.apartWord === undefined ? classOf({ together: 0, exact: 0, title: 0, lede: 0, run: 1 }) : -1;
    return { units, apart };
  }

  /** Articles found in the lists read so far: every holder of a unit, and in tiers whose words are read, of them all. */
  private discover(): void {
    for (const tier of this.tiers) {
      // When every word must be held, an article missing from every list of a word is no result: not a candidate.
      const wordsKnown = this.query.everyWord
        ? this.query.words.map((word) => tier.terms.get(word)).filter((lists) => lists !== undefined && (lists === null || lists.lists.every((list, field) => list || !lists.counts[field])))
        : [];
      const add = (doc: number) => {
        const key = candidateKey(tier.index, doc);
        if (this.candidates.has(key) || wordsKnown.some((lists) => !lists?.lists.some((list) => list?.has(doc)))) return;
        // Every field from the start: candidates by the thousand keep one shape, which keeps judging them fast.
        this.candidates.set(key, { tier: tier.index, doc, text: undefined, verdict: undefined, dropped: undefined, out: false });
      };
      const terms = this.query.units.map((unit) => unit.term);
      if (tier.apartWord !== undefined) terms.push(tier.apartWord);
      const held = this.tallied ? (tier.held ??= new Uint32Array(tier.entry.docs)) : undefined;
      terms.forEach((term, u) => {
        for (const list of tier.terms.get(term)?.lists ?? []) {
          if (!list || tier.discovered.has(list)) continue;
          tier.discovered.add(list);
          for (const doc of list.keys()) {
            add(doc);
            if (held && u < this.query.units.length) held[doc]! |= 1 << u;
          }
        }
      });
      if (tier.wordsRead && !tier.wordsDiscovered) {
        tier.wordsDiscovered = true;
        const [first, ...rest] = this.query.words.map((word) => tier.terms.get(word));
        if (!first || rest.includes(null)) continue;
        for (const list of first.lists) for (const doc of list?.keys() ?? []) if (rest.every((lists) => lists!.lists.some((l) => l?.has(doc)))) add(doc);
      }
    }
  }

  private readText(c: Candidate): Promise<void> {
    return this.files.fragment(this.tierOf(c).entry, c.doc).then((fragment) => void (c.text = scoreText(this.query, fragment)));
  }

  // ─── the search ─────────────────────────────────────────────────────────────────────────────────────────────

  /**
   * The best `count` results by relevance. `onSure` hears, as the search goes on, the first results that are sure
   * to stay where they are (nothing unread can come before them), so a page can show them before the rest.
   */
  async relevant(count: number, onSure?: (hits: Hit[]) => void): Promise<ResultPage> {
    if (this.query.words.length === 0) return { hits: [], found: 0, complete: true };
    const unitTerms = this.query.units.map((u) => u.term);
    await Promise.all([this.readTerms(this.tiers, unitTerms), ...this.tiers.slice(0, 1).map((t) => this.readFilters(t))]);
    for (;;) {
      let { judged, settledJudged, droppedFound, droppedInDoubt } = this.judgeAll(count);
      const settled = settledJudged.map((j) => ({ rank: j.lo, tier: j.c.tier, doc: j.c.doc }));
      // The page's last result, or a bar as high: the count-th best of the articles sure to be results at their
      // lowest rank (an article in doubt that cannot pass it will not make the page, whatever its text says).
      const floors = bestByFloor(judged, count);
      const lastFloor = floors.length >= count ? { rank: floors[count - 1]!.floor, tier: floors[count - 1]!.c.tier, doc: floors[count - 1]!.c.doc } : undefined;
      const lastSettled = settled.length >= count ? settled[count - 1]! : undefined;
      const last = lastFloor && (!lastSettled || before(lastFloor, lastSettled) < 0) ? lastFloor : lastSettled;
      const beats = (rank: number, at: { tier: number; doc: number }) => rank >= 0 && (!last || order(rank, at, last.rank, last) < 0);
      if (last) this.bar = { count, rank: last.rank };
      if (last) {
        const page = new Set([...settledJudged.slice(0, count), ...floors.slice(0, count)].map((j) => j.c));
        for (const j of judged) {
          if (page.has(j.c) || beats(j.hi, j.c)) continue;
          const sure = (j.settled && !j.phraseDoubt) || j.floor >= 0;
          j.c.dropped = { count, found: sure, settled: j.settled || sure };
          if (j.c.dropped.found) droppedFound++;
          if (!j.settled) droppedInDoubt++;
        }
      }
      if (onSure) onSure(this.sure(settledJudged.slice(0, count), judged));
      // Lists to read, once this round's texts are in.
      const jobs: (() => Promise<unknown>)[] = [];
      // The page's results whose run is in doubt: their text, which the page shows anyway, settles it.
      const pageTexts: Promise<unknown>[] = [];
      for (const j of settledJudged.slice(0, count)) if (j.runDoubt) pageTexts.push(this.readText(j.c));
      const texts: Promise<unknown>[] = [];
      // Tiers whose unread lists may still hold a better result. An article holding k of the query's m units is in
      // the lists of any m - k + 1 of them: the units with the fewest unread articles are read, as many as it takes
      // for no unread article to beat the page's last result.
      for (const tier of this.tiers) {
        const bound = this.unseenBound(tier);
        if (beats(bound.units, { tier: tier.index, doc: 0 })) {
          const assumed = new Set<string>();
          const cheapest = unitTerms.filter((term) => this.unread(tier, term).postings).sort((a, b) => this.unread(tier, a).postings - this.unread(tier, b).postings);
          for (const term of cheapest) {
            if (!beats(this.unseenBound(tier, assumed).units, { tier: tier.index, doc: 0 })) break;
            assumed.add(term);
          }
          if (assumed.size) jobs.push(() => this.readUnits(tier, [...assumed]));
        } else if (beats(bound.apart, { tier: tier.index, doc: 0 })) jobs.push(() => this.readRarestWord(tier));
      }
      // Articles in doubt that could still make the page: read their tier's filters, or the lists they are in doubt
      // about when that costs less than their texts, or their texts.
      const doubtful = judged.filter((j) => !j.settled && beats(j.hi, j.c)).sort((a, b) => order(a.hi, a.c, b.hi, b.c));
      const byTier = new Map<number, typeof doubtful>();
      for (const j of doubtful) {
        const list = byTier.get(j.c.tier);
        if (list) list.push(j);
        else byTier.set(j.c.tier, [j]);
      }
      let textsThisRound = 0;
      // Results sure to be on the page whatever their doubt: their text (which the page shows) tells their place.
      const onPage = new Set(floors.slice(0, count).map((j) => j.c));
      for (const [index, all] of byTier) {
        const tier = this.tiers.find((t) => t.index === index)!;
        if (this.hasFilters && !tier.passing) {
          jobs.push(() => this.readFilters(tier));
          continue;
        }
        for (const j of all) if (onPage.has(j.c) && !j.c.text) pageTexts.push(this.readText(j.c));
        const list = all.filter((j) => !onPage.has(j.c));
        if (list.length === 0) continue;
        const unknownUnits = this.query.units.filter((_, u) => list.some((j) => j.states[u]!.held === undefined)).map((unit) => unit.term);
        const unknownWords = this.query.everyWord ? [...new Set(list.flatMap((j) => this.uncovered(j.states).filter((word) => this.holdsWord(tier, word, j.c.doc) === undefined)))] : [];
        const unknown = [...new Set([...unknownUnits, ...unknownWords])].filter((term) => !tier.terms.has(term) || this.unread(tier, term).postings);
        const bytes = (term: string) => (tier.terms.has(term) ? this.unread(tier, term).bytes : FILE_BYTES);
        // The cheapest lists first, as long as a list costs less than the texts of the articles it may settle, and
        // as many as it takes for an article missing from all of them to fall short of the page; the articles that
        // could make the page even so are settled by their text.
        const toRead: string[] = [];
        let open = list;
        let textsCheaper = false;
        for (const term of unknown.sort((a, b) => bytes(a) - bytes(b))) {
          open = open.filter((j) => beats(this.hiWithout(tier, j, toRead), j.c));
          textsCheaper = open.length > 0 && bytes(term) >= open.filter((j) => !j.c.text).length * FRAGMENT_BYTES;
          if (open.length === 0 || textsCheaper) break;
          toRead.push(term);
        }
        if (toRead.length) jobs.push(() => this.readLists(tier, toRead));
        // Every list it is in doubt about is being read: that settles it.
        if (toRead.length && !textsCheaper) continue;
        for (const j of open.filter((j) => beats(this.hiWithout(tier, j, toRead), j.c))) {
          if (textsThisRound >= TEXTS_PER_ROUND || j.c.text) continue;
          textsThisRound++;
          texts.push(this.readText(j.c));
        }
      }
      if (jobs.length === 0 && texts.length === 0 && pageTexts.length === 0) {
        const complete = this.tiers.every((t) => this.unseenBound(t).units < 0 && this.unseenBound(t).apart < 0) && droppedInDoubt === 0 && judged.every((j) => j.settled);
        // Articles whose quoted phrase is not read yet are not counted as found.
        const found = settledJudged.filter((j) => !j.phraseDoubt && !(j.c.dropped && j.c.dropped.count >= count)).length + droppedFound;
        return { hits: settled.slice(0, count), found, complete };
      }
      // Texts are small and settle the page's first results: tell those before the lists are asked for, the first
      // result's own text first (a page shows its first results while the lists that complete them come in).
      let told = false;
      for (const round of [pageTexts.slice(0, 1), pageTexts.slice(1), texts]) {
        await Promise.all(round);
        if (onSure && round.length) {
          ({ judged, settledJudged } = this.judgeAll(count));
          onSure(this.sure(settledJudged.slice(0, count), judged));
          told = true;
        }
      }
      // The page shows what it was told before the lists come in and take their turn.
      if (told && jobs.length) await new Promise((resolve) => setTimeout(resolve));
      await Promise.all(jobs.map((job) => job()));
    }
  }

  /**
   * Judge every candidate still in the running for `count` results, the articles of the lists read so far among
   * them; the results known, best first.
   */
  private judgeAll(count: number): { judged: Verdict[]; settledJudged: Verdict[]; droppedFound: number; droppedInDoubt: number } {
    this.discover();
    const judged: Verdict[] = [];
    let droppedFound = 0;
    let droppedInDoubt = 0;
    const tally = this.tally(count);
    for (const c of this.candidates.values()) {
      if (c.out) continue;
      if (c.dropped && c.dropped.count >= count) {
        if (c.dropped.found) droppedFound++;
        if (!c.dropped.settled) droppedInDoubt++;
        continue;
      }
      if (tally && !c.text) {
        // What its judgement would find, from the units it is known to hold and those its tier has not read.
        const known = this.tierOf(c).held![c.doc]!;
        const maybe = tally.unread[c.tier]! & ~known;
        const held = bitCount(known);
        const most = held + bitCount(maybe);
        if (most < this.query.minPairs) {
          c.out = true;
          continue;
        }
        if (maybe && most < tally.together) {
          // In doubt (a unit may be held) and short of the page's last result, as judged: left out.
          const sure = held >= this.query.minPairs;
          c.dropped = { count, found: sure, settled: sure };
          if (sure) droppedFound++;
          droppedInDoubt++;
          continue;
        }
      }
      const verdict = this.judge(c);
      if (verdict.out) c.out = true;
      else judged.push(verdict);
    }
    const settledJudged = judged.filter((j) => j.settled).sort((a, b) => order(a.lo, a.c, b.lo, b.c));
    return { judged, settledJudged, droppedFound, droppedInDoubt };
  }

  /**
   * For a long query, once the page's last result is known: the `together` an article must reach to beat it, and by
   * tier the units it has lists of still unread (bits by unit), where an article not in the lists read may hold it.
   */
  private tally(count: number): { together: number; unread: number[] } | undefined {
    if (!this.tallied || this.bar?.count !== count) return undefined;
    const unread: number[] = [];
    for (const tier of this.tiers) {
      let bits = 0;
      this.query.units.forEach((unit, u) => {
        const lists = tier.terms.get(unit.term);
        if (lists === undefined || (lists && lists.lists.some((list, field) => !list && lists.counts[field]))) bits |= 1 << u;
      });
      unread[tier.index] = bits;
    }
    return { together: togetherOf(this.bar.rank), unread };
  }

  /** The first of `page` (settled results, best first) that nothing in doubt or unread can come before. */
  private sure(page: readonly Verdict[], judged: readonly Verdict[]): Hit[] {
    // The first of what is still open: articles in doubt at their highest key, and each tier's unread articles.
    let open: { rank: number; tier: number; doc: number } | undefined;
    const consider = (rank: number, tier: number, doc: number) => {
      if (rank >= 0 && (!open || order(rank, { tier, doc }, open.rank, open) < 0)) open = { rank, tier, doc };
    };
    for (const j of judged) if (!j.settled) consider(j.hi, j.c.tier, j.c.doc);
    for (const tier of this.tiers) {
      const bound = this.unseenBound(tier);
      consider(Math.max(bound.units, bound.apart), tier.index, 0);
    }
    const hits: Hit[] = [];
    for (const j of page) {
      const at = { rank: j.lo, tier: j.c.tier, doc: j.c.doc };
      if (j.runDoubt || (open && before(open, at) < 0)) break;
      hits.push(at);
    }
    return hits;
  }

  /** The first `count` results, newest first (with no words: the articles the filters choose). */
  async newest(count: number): Promise<ResultPage> {
    const hits: Hit[] = [];
    for (const [n, tier] of this.tiers.entries()) {
      await this.readFilters(tier);
      let docs: number[];
      if (this.query.words.length === 0) docs = tier.passing ? [...tier.passing].sort((a, b) => a - b) : [];
      else {
        await this.readWords(tier);
        this.discover();
        docs = [...this.candidates.values()].filter((c) => c.tier === tier.index).map((c) => c.doc).sort((a, b) => a - b);
      }
      for (const doc of docs) {
        if (this.query.words.length) {
          const c = this.candidates.get(candidateKey(tier.index, doc))!;
          const states = this.query.units.map((_, u) => this.unitState(tier, u, doc));
          let match = this.matches(c, states);
          if ((match === undefined || match === 'phrases') && hits.length < count) {
            await this.readText(c);
            match = this.matches(c, states);
          }
          if (match === false) continue;
        } else if (tier.passing && !tier.passing.has(doc)) continue;
        hits.push({ tier: tier.index, doc, rank: 0 });
      }
      if (hits.length >= count) return { hits: hits.slice(0, count), found: hits.length, complete: n === this.tiers.length - 1 };
    }
    return { hits, found: hits.length, complete: true };
  }

  /** Every result, counted per value of each filter in `names`: reads the whole index for the query's words. */
  async countByFilter(names: readonly string[]): Promise<FilterCounts> {
    await Promise.all(
      this.tiers.map(async (tier) => {
        await this.readFilters(tier);
        if (this.query.words.length) await this.readWords(tier);
      }),
    );
    this.discover();
    const counts: FilterCounts = {};
    for (const tier of this.tiers) {
      const all = Array.from({ length: tier.entry.docs }, (_, i) => i);
      const docs = this.query.words.length
        ? [...this.candidates.values()].filter((c) => c.tier === tier.index && !this.judge(c).out).map((c) => c.doc)
        : all.filter((doc) => !tier.passing || tier.passing.has(doc));
      const chosen = new Set(docs);
      const tierPostings = await this.files.filterPostings(tier.entry);
      for (const name of names) {
        const target = (counts[name] ??= {});
        if (name === 'year') {
          for (const [year, first, end] of tier.entry.years) {
            let n = 0;
            for (const doc of chosen) if (doc >= first && doc < end) n++;
            if (n) target[String(year)] = (target[String(year)] ?? 0) + n;
          }
          continue;
        }
        for (const [value, postings] of Object.entries(tierPostings[name] ?? {})) {
          let n = 0;
          decode(postings, 1, (doc) => {
            if (chosen.has(doc)) n++;
          });
          if (n) target[value] = (target[value] ?? 0) + n;
        }
      }
    }
    return counts;
  }
}
