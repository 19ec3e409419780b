/**
 * Text as search sees it: a run of syllables, each in two forms, with the places where a phrase cannot run on
 * (the end of a sentence). The build indexes text with it and the browser reads queries and articles with it, so
 * both cut and compare words exactly alike.
 *
 * Vietnamese writes each syllable apart, and a word is usually two or more syllables in a row ("đảng ủy", "hội
 * nghị trực tuyến"): search compares single syllables and pairs of neighbouring syllables.
 */
import { scanWords } from './words.ts';

/** Combining tone marks (thanh điệu) and the digit that names each in a syllable's exact form. */
const TONES: Record<string, string> = {
  '\u0301': '1', // sắc
  '\u0341': '1',
  '\u0300': '2', // huyền
  '\u0340': '2',
  '\u0309': '3', // hỏi
  '\u0303': '4', // ngã
  '\u0323': '5', // nặng
};
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323\u0340\u0341]/gu;

/** A syllable in the two forms search compares. */
export interface Syllable {
  /** no marks at all, `đ` as `d`, lower case: what every match is made on (`đảng` → `dang`) */
  folded: string;
  /**
   * lower case with its letters' marks and `đ`, the tone moved to the end as a digit, so both tone placements
   * are one form (`hòa` and `hoà` → `hoa2`, `đảng` → `đang3`)
   */
  exact: string;
}

/** Forms already worked out, by word as written: an archive repeats a few tens of thousands of words millions of times. */
const known = new Map<string, Syllable>();

/** The two forms of one word (a run of letters and digits). */
export function syllableOf(word: string): Syllable {
  const cached = known.get(word);
  if (cached) return cached;
  if (known.size > 200_000) known.clear();
  const forms = formsOf(word);
  known.set(word, forms);
  return forms;
}

function formsOf(word: string): Syllable {
  const decomposed = word.toLowerCase().normalize('NFD');
  let tone = '';
  const untoned = decomposed.replace(TONE_MARKS, (mark) => {
    tone ||= TONES[mark]!;
    return '';
  });
  const base = untoned.normalize('NFC');
  const folded = untoned.replace(/\p{M}/gu, '').replace(/đ/g, 'd');
  return { folded, exact: base + tone };
}

/** Whether a reader typed any mark on this syllable (a tone, â ă ê ô ơ ư, or đ): then its exact form counts. */
export const isMarked = (s: Syllable) => s.exact !== s.folded;

/** A syllable of a text, where it stands, and whether a phrase may run into it from the syllable before. */
export interface Token extends Syllable {
  start: number;
  end: number;
  /** the syllable before it ends a sentence (`.` `!` `?` `;` `…` then a space), so no phrase spans the two */
  breakBefore: boolean;
}

/** A sentence's end in the gap between two words: `.` `!` `?` `;` or `…`, closing marks, then white space. */
const SENTENCE_END = /[.!?;…][\p{Pe}\p{Pf}"']*\s/u;

/**
 * Visit the syllables of `text` (NFC or NFD) in order, without building a list: the build calls this on every
 * block of every article.
 */
export function scanSyllables(text: string, visit: (folded: string, exact: string, breakBefore: boolean, start: number, end: number) => void): void {
  let last = -1;
  scanWords(text, (start, end) => {
    const { folded, exact } = syllableOf(text.slice(start, end));
    const gap = last < 0 ? '' : text.slice(last, start);
    visit(folded, exact, gap.length > 1 && SENTENCE_END.test(gap), start, end);
    last = end;
  });
}

/** The syllables of `text` (NFC or NFD), in order. */
export function tokens(text: string): Token[] {
  const list: Token[] = [];
  scanSyllables(text, (folded, exact, breakBefore, start, end) => list.push({ folded, exact, start, end, breakBefore }));
  return list;
}

/** The key of a pair of neighbouring syllables in the index: their folded forms with a space between. */
export const pairKey = (a: string, b: string) => `${a} ${b}`;
