import { scanWords } from './words.ts';

/** Words a reader gets through per minute in Vietnamese news prose (syllable-words, measured in studies at 200–250). */
export const WORDS_PER_MINUTE = 220;

/** Count words in text (Vietnamese words are space-separated syllables). */
export function countWords(text: string): number {
  let count = 0;
  scanWords(text, () => count++);
  return count;
}

/** Whole minutes to read `words`, at least 1. */
export function readingMinutes(words: number, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(words / wordsPerMinute));
}
