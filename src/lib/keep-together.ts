/**
 * Words a line must not break inside: browsers break after a hyphen or a slash, so "COVID-" ends one line and "19"
 * starts the next, "35-CT/" and "TW" likewise. A word of letters and digits joined by hyphens or slashes is kept
 * whole when it has a digit or an acronym (COVID-19, SARS-CoV-2, 35-CT/TW, 42/2022/NĐ-CP, 2021-2025, 26/08/2020);
 * compounds of ordinary words ("Khoa giáo-Văn xã") may still break, and nothing longer than a phone's line is kept.
 */
const JOINED = /[\p{L}\p{N}]+(?:[-/\u2010\u2011][\p{L}\p{N}]+)+/gu;
const DIGIT = /\p{N}/u;
const ACRONYM = /(?:^|[-/\u2010\u2011])\p{Lu}{2,}(?=$|[-/\u2010\u2011])/u;
/** Longer than this, a word would overflow a 360 px line of a headline: let it break. */
const LONGEST = 24;

/** A quick test before the full search: most text has no joined word at all. */
export const mayHaveJoinedWords = (text: string): boolean => text.includes('-') || text.includes('/') || text.includes('\u2010') || text.includes('\u2011');

/** The text cut into pieces, each marked whether it must stay on one line; the pieces join back into `text`. */
export function keepTogether(text: string): { text: string; keep: boolean }[] {
  if (!mayHaveJoinedWords(text)) return [{ text, keep: false }];
  const pieces: { text: string; keep: boolean }[] = [];
  let at = 0;
  for (const match of text.matchAll(JOINED)) {
    const word = match[0];
    if (word.length > LONGEST || !(DIGIT.test(word) || ACRONYM.test(word))) continue;
    if (match.index > at) pieces.push({ text: text.slice(at, match.index), keep: false });
    pieces.push({ text: word, keep: true });
    at = match.index + word.length;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), keep: false });
  return pieces;
}
