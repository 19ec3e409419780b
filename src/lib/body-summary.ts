import { scanText } from './search-fold.ts';

/**
 * What the site needs from an article's Markdown body besides its rendered HTML: the word count for the reading
 * time and the words written with `đ`, folded for search. Computed once when the content layer reads the file,
 * so the raw body need not be kept: at 10,000 articles, keeping the bodies cost a gigabyte of peak memory.
 */
export interface BodySummary {
  words: number;
  /** See dFoldedWords: `Đảng` → `dảng`, each once, sorted. */
  dWords: string[];
}

export function summariseBody(body: string): BodySummary {
  return scanText(body.replace(/<[^>]*>/g, ' '));
}
