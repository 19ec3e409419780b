import { foldDiacritics } from './text.ts';

/**
 * Folding Vietnamese for marking matches in text: `Đảng ủy` and `dang uy` are the same words to a reader who
 * typed without marks (see search-text.ts for how the index compares syllables).
 */

/** `Đảng ủy` → `dang uy`: lowercase, marks stripped, đ as d. The form queries and text are compared in. */
export function foldVi(text: string): string {
  return foldDiacritics(text).toLowerCase();
}

/**
 * Fold `text` keeping, for each folded character, the index of the original character it came from, so a
 * match in the folded text can be marked in the original (used to highlight `duc` in `Chu Đức Nhuận`).
 */
export function foldWithMap(text: string): { folded: string; map: number[] } {
  let folded = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const piece = foldVi(text[i]!);
    for (const char of piece) {
      folded += char;
      map.push(i);
    }
  }
  return { folded, map };
}

/** Query words, folded, longest first (so a longer word is marked before a shorter one inside it). */
export function queryTerms(query: string): string[] {
  return [...new Set(foldVi(query).split(/[^\p{L}\p{N}]+/u).filter(Boolean))].sort((a, b) => b.length - a.length);
}
