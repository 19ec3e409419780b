import { slugify } from '../../src/lib/slug.ts';
import { escapeRegExp, nfc } from '../../src/lib/text.ts';

export interface NamedUnit {
  id: string;
  name: string;
  aliases: readonly string[];
}

export interface NamedAuthor {
  id: string;
  name: string;
}


/** Units whose name or an alias appears in the text as whole words (case and Unicode form ignored). */
export function unitsNamedIn(text: string, units: readonly NamedUnit[]): NamedUnit[] {
  const haystack = nfc(text).toLocaleLowerCase('vi');
  return units.filter((unit) =>
    [unit.name, ...unit.aliases].some((name) =>
      new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(nfc(name).toLocaleLowerCase('vi'))}(?![\\p{L}\\p{N}])`, 'u').test(haystack),
    ),
  );
}

export type AuthorRef = { id: string; added: NamedAuthor | undefined };

/**
 * The author id for a printed name: the existing author with that name, else a new ASCII id
 * (`Nhật Thy` → `nhat-thy`; `nhat-thy-2` if that id belongs to someone else).
 */
export function authorFor(name: string, authors: readonly NamedAuthor[]): AuthorRef {
  const wanted = nfc(name).toLocaleLowerCase('vi');
  const existing = authors.find((author) => nfc(author.name).toLocaleLowerCase('vi') === wanted);
  if (existing) return { id: existing.id, added: undefined };
  const base = slugify(name) || 'tac-gia';
  const taken = new Set(authors.map((author) => author.id));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return { id, added: { id, name: nfc(name) } };
}
