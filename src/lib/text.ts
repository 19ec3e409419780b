/** Unicode and collation helpers for Vietnamese text. */

/** NFC-normalise text where it enters: archives and editors mix composed and decomposed forms. */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Compare two Vietnamese strings the way a Vietnamese reader sorts names (đ after d, tones secondary). */
export const compareVi: (a: string, b: string) => number = collator.compare;

/** A copy of `items` sorted by a Vietnamese name. */
export function sortByName<T>(items: readonly T[], name: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareVi(name(a), name(b)));
}

/** Strip Vietnamese diacritics and fold đ/Đ to d/D: the ASCII skeleton of a text. */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/** Collapse runs of whitespace (including no-break spaces from scraped text) to one space. */
export function squashSpaces(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Text made safe inside HTML or XML, as element content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const numberFormat = new Intl.NumberFormat('vi');

/** A count as Vietnamese readers write it: `12.345`. */
export const formatCount = (n: number) => numberFormat.format(n);

/** Text matched literally inside a regular expression. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
