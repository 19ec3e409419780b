/**
 * The excerpt a result shows under its title: about thirty words of the lede or a body block, around the place
 * that holds most of the query in a row; the lede's first words when the text does not hold it.
 */
import type { Fragment } from './search-manifest.ts';
import type { Query } from './search-query.ts';
import { tokens } from './search-text.ts';

const WORDS = 30;
const BEFORE = 8;

export function excerpt(fragment: Pick<Fragment, 'l' | 'b'>, query: Query): string {
  const words = new Set(query.words);
  let best = { text: fragment.l, at: 0, score: -1 };
  for (const text of [fragment.l, ...fragment.b]) {
    const list = tokens(text);
    list.forEach((token, i) => {
      if (!words.has(token.folded)) return;
      // How much of the query follows from here, word for word, then how many of its words the block holds.
      let run = 0;
      for (let q = query.syllables.findIndex((s) => s.folded === token.folded); q >= 0 && q < query.syllables.length; q++) {
        const next = list[i + run];
        if (!next || next.folded !== query.syllables[q]!.folded || (run > 0 && next.breakBefore)) break;
        run++;
      }
      const score = run * 100 + new Set(list.filter((t) => words.has(t.folded)).map((t) => t.folded)).size;
      if (score > best.score) best = { text, at: i, score };
    });
  }
  const list = tokens(best.text);
  if (list.length === 0) return best.text;
  let first = Math.max(0, Math.min(best.at - BEFORE, list.length - WORDS));
  // Start at a word, not inside "20/7" or "COVID-19".
  while (first > 0 && !/\s/.test(best.text.slice(list[first - 1]!.end, list[first]!.start))) first--;
  const last = Math.min(list.length, first + WORDS) - 1;
  const start = first === 0 ? 0 : list[first]!.start;
  const end = last === list.length - 1 ? best.text.length : list[last]!.end;
  return `${first > 0 ? '… ' : ''}${best.text.slice(start, end).trim()}${end < best.text.length ? ' …' : ''}`;
}
