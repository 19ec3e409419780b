import { scanWords } from './words.ts';

/**
 * What the site needs from an article's Markdown body besides its rendered HTML: the word count for the reading
 * time. Computed once when the content layer reads the file, so the raw body need not be kept: at 10,000 articles,
 * keeping the bodies cost a gigabyte of peak memory.
 */
export interface BodySummary {
  words: number;
}

export function summariseBody(body: string): BodySummary {
  let words = 0;
  scanWords(body.replace(/<[^>]*>/g, ' '), () => words++);
  return { words };
}
