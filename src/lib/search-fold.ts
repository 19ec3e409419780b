import { foldDiacritics } from './text.ts';
import { scanWords } from './words.ts';

/**
 * Folding Vietnamese for search. Pagefind already matches a query without tone marks against accented text,
 * but `đ` has no Unicode decomposition, so `dang uy` would never find `Đảng ủy`. We add each page's words with
 * `đ` to the index in a folded form (`Đảng` → `dảng`), as searchable metadata that readers never see.
 */

/** `Đảng ủy` → `dang uy`: lowercase, marks stripped, đ as d. The form queries and text are compared in. */
export function foldVi(text: string): string {
  return foldDiacritics(text).toLowerCase();
}

/** The words of `text`: how many, and those that contain đ, folded (see foldDWords). One pass over the text. */
export function scanText(text: string): { words: number; dWords: string[] } {
  const withD = new Set<string>();
  const nfc = text.normalize('NFC');
  let words = 0;
  scanWords(nfc, (start, end, hasD) => {
    words++;
    if (hasD) withD.add(nfc.slice(start, end));
  });
  return { words, dWords: foldDWords(withD) };
}

/** Words of `text` that contain đ, lowercased, with only đ replaced by d (tones kept), each once, sorted. */
export const dFoldedWords = (text: string): string[] => scanText(text).dWords;

/** Words that contain đ, lowercased with only đ replaced by d (tones kept), each once, sorted. */
export function foldDWords(words: Iterable<string>): string[] {
  return [...new Set([...words].map((word) => word.toLowerCase().replace(/đ/g, 'd')))].sort();
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
