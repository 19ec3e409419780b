/**
 * How results are ordered by relevance ("Liên quan nhất"), decided once for the index and the text alike:
 *
 * 1. together: how many of the query's pairs of neighbouring syllables the article holds side by side
 *    ("đảng ủy hội nghị": holding "đảng ủy" and "hội nghị" beats holding only one, which beats neither; the
 *    whole query in a row holds every pair);
 * 2. exact: how many of those pairs it holds in the exact form the reader typed, tone marks and đ included
 *    ("đảng ủy" before "đang ủy"); a syllable typed without marks matches every form alike;
 * 3. where it holds them: how many in the title, then how many in the lede (the rest being in the body);
 * 4. the longest stretch of the query it holds word for word (its pairs may each be held apart);
 * 5. then the newer article first.
 *
 * An article must hold every syllable of a short query somewhere (or at least half the pairs of a long one, see
 * search-query.ts), and every quoted phrase word for word (checked in its text: a phrase's pairs can each be held
 * without the phrase).
 */
import type { Fragment } from './search-manifest.ts';
import type { Query } from './search-query.ts';
import { tokens } from './search-text.ts';

export interface Key {
  together: number;
  exact: number;
  /** units held in the title */
  title: number;
  /** units held in the lede but not the title */
  lede: number;
  /** syllables of the query held in a row */
  run: number;
}

/** The key as one number, larger first: its parts in order of importance (a query has at most 12 syllables). */
export const classOf = (k: Key) => (((k.together * 16 + k.exact) * 16 + k.title) * 16 + k.lede) * 16 + k.run;
/** The `together` of a key given as one number. */
export const togetherOf = (rank: number) => Math.floor(rank / 16 ** 4);

/** The longest stretch of consecutive query pairs not known to be missing, as syllables (a pair is two). */
function longestRun(query: Query, states: readonly UnitState[]): number {
  let best = 0;
  let run = 0;
  for (const unit of query.pairs) {
    run = states[unit]!.held !== false ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best ? best + 1 : 1;
}

/** What is known of one unit of the query in one article. */
export type UnitState =
  | { held: true; best: number; exact: boolean | undefined }
  | { held: false }
  /** not known yet: it may be held, at best in field `best`, and in an exact form if `exact` */
  | { held: undefined; best: number; exact: boolean };

/** The lowest and highest key an article can have given what is known of its units (`states`, by unit). */
export function keyBounds(query: Query, states: readonly UnitState[]): { lo: Key; hi: Key } {
  let held = 0;
  let maybe = 0;
  const lo = { together: 0, exact: 0, title: 0, lede: 0, run: 0 };
  const hi = { together: 0, exact: 0, title: 0, lede: 0, run: 0 };
  for (let unit = 0; unit < states.length; unit++) {
    const state = states[unit]!;
    if (state.held === false) continue;
    const known = state.held === true;
    if (known) held++;
    else maybe++;
    if (query.units[unit]!.marked) {
      if (known && state.exact === true) lo.exact++;
      if (state.exact !== false) hi.exact++;
    }
    if (state.best === 0) {
      if (known) lo.title++;
      hi.title++;
    } else if (state.best === 1) {
      if (known) lo.lede++;
      hi.lede++;
    }
  }
  // One syllable: how and where it is held; several: how many pairs, then how and where.
  if (query.syllables.length > 1) {
    lo.together = held;
    hi.together = held + maybe;
    // Two pairs in a row may be held apart: only the text tells a stretch longer than a pair.
    lo.run = held ? 2 : 1;
    hi.run = longestRun(query, states);
  } else {
    lo.run = held ? 1 : 0;
    hi.run = held + maybe ? 1 : 0;
  }
  return { lo, hi };
}

export interface TextScore {
  key: Key;
  /** the text holds what the query asks of every result: every syllable, or enough pairs */
  allWords: boolean;
  /** every quoted phrase is in the text word for word */
  phrases: boolean;
}

/** The key of an article read from its text (its fragment): the truth the index's bounds close in on. */
export function scoreText(query: Query, fragment: Pick<Fragment, 't' | 'l' | 'b' | 'k'>): TextScore {
  const n = query.syllables.length;
  const unitIndex = new Map(query.units.map((unit, i) => [unit.term, i]));
  const held = new Map<number, { best: number; exact: boolean }>();
  const seen = new Set<string>();
  const hold = (unit: number, best: number, exact: boolean) => {
    const was = held.get(unit);
    held.set(unit, { best: Math.min(best, was?.best ?? 2), exact: exact || Boolean(was?.exact) });
  };
  const matches = (at: number, exact: string) => !query.syllables[at]!.marked || query.syllables[at]!.exact === exact;
  let run = 0;
  const phraseHeld = query.phrases.map(() => false);
  const blocks: [string, number][] = [[fragment.t, 0], ...(fragment.k ?? []).map((k): [string, number] => [k, 0]), [fragment.l, 1], ...fragment.b.map((b): [string, number] => [b, 2])];
  for (const [text, best] of blocks) {
    const list = tokens(text);
    let lengths = new Array<number>(n).fill(0);
    list.forEach((token, j) => {
      seen.add(token.folded);
      const joined = j > 0 && !token.breakBefore;
      const next = query.syllables.map((s, i) => (s.folded === token.folded ? (joined && i > 0 ? lengths[i - 1]! + 1 : 1) : 0));
      lengths = next;
      run = Math.max(run, ...next);
      query.phrases.forEach(([start, end], p) => {
        if (next[end - 1]! >= end - start) phraseHeld[p] = true;
      });
      if (n === 1) {
        if (token.folded === query.syllables[0]!.folded) hold(0, best, matches(0, token.exact));
      } else if (joined) {
        const before = list[j - 1]!;
        const unit = unitIndex.get(`${before.folded} ${token.folded}`);
        if (unit !== undefined) {
          const at = query.units[unit]!.at;
          hold(unit, best, matches(at, before.exact) && matches(at + 1, token.exact));
        }
      }
    });
  }
  const key = { together: n === 1 ? 0 : held.size, exact: 0, title: 0, lede: 0, run: n === 1 ? (held.size ? 1 : 0) : held.size ? Math.max(2, run) : 1 };
  for (const [unit, { best, exact }] of held) {
    if (exact && query.units[unit]!.marked) key.exact++;
    if (best === 0) key.title++;
    else if (best === 1) key.lede++;
  }
  const enough = query.everyWord ? query.words.every((word) => seen.has(word)) : held.size >= query.minPairs;
  return { key, allWords: enough, phrases: phraseHeld.every(Boolean) };
}
