/**
 * Finding the documents a text cites: "Chỉ thị số 35-CT/TW", "Quy định 11-QĐi/TW", "Nghị định 42/2022/NĐ-CP".
 * One regular expression finds every mention of any kind followed by anything shaped like a number, in one pass
 * over the text; each mention is then looked up by its number in a map. The cost of a text does not grow with the
 * number of documents the site has.
 */
import { DOCUMENT_KINDS } from './document-kinds.ts';
import { numberKey } from './document-number.ts';
import { slugify } from './slug.ts';

export interface CitableDocument {
  id: string;
  /** the kind's name, as in document-kinds.ts */
  kind: string;
  number: string;
}

export interface Citation {
  /** offsets in the text: the kind's first character to the number's last */
  start: number;
  end: number;
  id: string;
}

const SPACE = '[\\s\\u00a0]+';
/** Longest first, so that "Thông tư liên tịch" is not read as "Thông tư". */
const KIND_NAMES = [...DOCUMENT_KINDS]
  .map((kind) => kind.name)
  .sort((a, b) => b.length - a.length)
  .map((name) => name.split(' ').join(SPACE));
/** A number: digits, then pieces of letters or digits joined by `-` or `/`, spaces allowed around them. */
const NUMBER = '\\d+(?:[\\s\\u00a0]*[-/][\\s\\u00a0]*[\\p{L}\\d]+)+';
const MENTION = new RegExp(`(?<![\\p{L}\\d])(${KIND_NAMES.join('|')})${SPACE}(?:số${SPACE})?(${NUMBER})`, 'giu');
/** Where the pieces of a number start, to retry without trailing pieces ("35-CT/TW - ngày" → "35-CT/TW"). */
const PIECE = /[\s\u00a0]*[-/][\s\u00a0]*[\p{L}\d]+/gu;

/** Documents by kind and number; a number two documents share (two provinces' `123/QĐ-UBND`) is left out. */
function indexByNumber(documents: readonly CitableDocument[]): Map<string, string | null> {
  const index = new Map<string, string | null>();
  for (const document of documents) {
    const key = `${slugify(document.kind)} ${numberKey(document.number)}`;
    index.set(key, index.has(key) ? null : document.id);
  }
  return index;
}

/** `find(text)`: the mentions of these documents in `text`, in order. */
export function citationFinder(documents: readonly CitableDocument[]): (text: string) => Citation[] {
  const index = indexByNumber(documents);
  return (text) => {
    const found: Citation[] = [];
    if (index.size === 0 || !/\d/.test(text)) return found;
    for (const match of text.matchAll(MENTION)) {
      const kind = slugify(match[1]!);
      const number = match[2]!;
      const numberStart = match.index + match[0].length - number.length;
      // The longest run of pieces that names a document.
      const ends = [...number.matchAll(PIECE)].map((piece) => piece.index + piece[0].length);
      for (let i = ends.length - 1; i >= 0; i--) {
        const id = index.get(`${kind} ${numberKey(number.slice(0, ends[i]))}`);
        if (id) {
          found.push({ start: match.index, end: numberStart + ends[i]!, id });
          break;
        }
      }
    }
    return found;
  };
}
