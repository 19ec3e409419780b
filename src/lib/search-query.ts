/**
 * A reader's query as search understands it: its syllables, the pairs of neighbouring syllables that make its
 * words ("đảng ủy hội nghị" → "đảng ủy", "ủy hội", "hội nghị"), and the phrases it puts in quotes, which results
 * must hold word for word.
 */
import { variantCode } from './search-hash.ts';
import { isMarked, pairKey, tokens, type Syllable } from './search-text.ts';

/** Syllables beyond this many are ignored: a pasted paragraph is not a query, and each word costs a file. */
export const MAX_SYLLABLES = 12;

/**
 * From this many syllables on, a query is a remembered sentence or title rather than a few words: a result need
 * not hold every syllable (one mistyped or misremembered word would leave nothing), but at least half of the pairs.
 */
export const LONG_QUERY = 5;

export interface QuerySyllable extends Syllable {
  /** the reader typed a mark on it: articles with its exact form rank first */
  marked: boolean;
}

/** What ranking counts: a pair of neighbouring syllables, or for a one-syllable query the syllable itself. */
export interface QueryUnit {
  /** the index term: `dang uy`, or `dang` */
  term: string;
  /** index of its first syllable in the query */
  at: number;
  /** for each of its syllables, the code of the exact form the reader typed, or undefined if typed without marks */
  codes: (number | undefined)[];
  /** the reader typed a mark on one of its syllables: its exact form counts in ranking */
  marked: boolean;
}

export interface Query {
  text: string;
  syllables: QuerySyllable[];
  /** the pairs of neighbouring syllables (or the single syllable), in order, each once */
  units: QueryUnit[];
  /** for each pair of neighbouring syllables in order, its unit (a pair typed twice is one unit) */
  pairs: number[];
  /** folded syllables, each once */
  words: string[];
  /** a result must hold every word (a short query), or else at least `minPairs` pairs (a long one) */
  everyWord: boolean;
  minPairs: number;
  /** units (indexes into `units`) a result must hold: the pairs inside quotes */
  required: number[];
  /** quoted phrases of two or more syllables, as ranges of syllables `[start, end)`: held word for word */
  phrases: [number, number][];
}

/** Quotes a reader may type, straight or curly (phone keyboards give “ ”). */
const QUOTED = /["“”„«»]([^"“”„«»]*)["“”„«»]/gu;

export function parseQuery(text: string): Query {
  const normal = text.normalize('NFC').trim();
  const quoted: [number, number][] = [];
  for (const match of normal.matchAll(QUOTED)) quoted.push([match.index!, match.index! + match[0].length]);
  const syllables: QuerySyllable[] = [];
  const inQuote: number[] = [];
  for (const token of tokens(normal).slice(0, MAX_SYLLABLES)) {
    syllables.push({ folded: token.folded, exact: token.exact, marked: isMarked(token) });
    inQuote.push(quoted.findIndex(([start, end]) => token.start > start && token.end < end));
  }
  const codeOf = (s: QuerySyllable) => (s.marked ? variantCode(s.exact) : undefined);
  const units: QueryUnit[] = [];
  const required = new Set<number>();
  const unitIndex = new Map<string, number>();
  const addUnit = (term: string, at: number, codes: (number | undefined)[]) => {
    let index = unitIndex.get(term);
    if (index === undefined) {
      index = units.push({ term, at, codes, marked: codes.some((code) => code !== undefined) }) - 1;
      unitIndex.set(term, index);
    }
    return index;
  };
  if (syllables.length === 1) addUnit(syllables[0]!.folded, 0, [codeOf(syllables[0]!)]);
  const pairs: number[] = [];
  for (let i = 1; i < syllables.length; i++) {
    const [a, b] = [syllables[i - 1]!, syllables[i]!];
    const index = addUnit(pairKey(a.folded, b.folded), i - 1, [codeOf(a), codeOf(b)]);
    pairs.push(index);
    if (inQuote[i]! >= 0 && inQuote[i] === inQuote[i - 1]) required.add(index);
  }
  const phrases: [number, number][] = [];
  quoted.forEach((_, q) => {
    const members = inQuote.flatMap((quote, i) => (quote === q ? [i] : []));
    if (members.length >= 2) phrases.push([members[0]!, members.at(-1)! + 1]);
  });
  const long = syllables.length >= LONG_QUERY;
  return {
    text: normal,
    syllables,
    units,
    pairs,
    words: [...new Set(syllables.map((s) => s.folded))],
    everyWord: !long,
    minPairs: long ? Math.ceil(pairs.length / 2) : 0,
    required: [...required],
    phrases,
  };
}
