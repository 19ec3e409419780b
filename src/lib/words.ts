/**
 * Splitting text into words, fast enough for every body of a large archive. Vietnamese words are syllables
 * separated by spaces and punctuation; a word is a run of letters, combining marks and digits. A Unicode-property
 * regular expression does the same, but took 2 s over 10,000 article bodies where this loop takes a tenth of that.
 */

const OTHER_WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Whether a UTF-16 code unit belongs to a word. Latin with Vietnamese letters is decided by ranges. */
function isWordUnit(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  if (c <= 0x24f) return (c >= 0xc0 && c !== 0xd7 && c !== 0xf7) || c === 0xaa || c === 0xb5 || c === 0xba;
  // Combining diacritics (tone marks in NFD text) and Latin Extended Additional (ạ ả ấ … ỹ).
  if ((c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff)) return true;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return OTHER_WORD_CHAR.test(String.fromCharCode(c));
}

/** Calls `visit` with the bounds of each word of `text`, and whether it contains `đ` or `Đ`. */
export function scanWords(text: string, visit: (start: number, end: number, hasD: boolean) => void): void {
  let start = -1;
  let hasD = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isWordUnit(c)) {
      if (start < 0) start = i;
      if (c === 0x110 || c === 0x111) hasD = true;
    } else if (start >= 0) {
      visit(start, i, hasD);
      start = -1;
      hasD = false;
    }
  }
  if (start >= 0) visit(start, text.length, hasD);
}
