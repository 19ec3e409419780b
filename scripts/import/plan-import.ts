import { slugify } from '../../src/lib/slug.ts';
import { parseDump } from './parse-dump.ts';
import { authorFor, unitsNamedIn, type NamedAuthor, type NamedUnit } from './resolve-refs.ts';
import { articleFile } from './to-markdown.ts';

export interface ImportContext {
  units: readonly NamedUnit[];
  authors: readonly NamedAuthor[];
  /** `--unit`: when absent the unit is the one the text names */
  unitId?: string | undefined;
}

export type ImportPlan =
  | {
      ok: true;
      /** `2021/xay-dung-vpcp-chuyen-nghiep.md`, under the output folder */
      relativePath: string;
      content: string;
      title: string;
      /** An author to add to the authors data */
      newAuthor: NamedAuthor | undefined;
    }
  | { ok: false; reason: string };

/** Everything the importer decides about one dump, without touching the disk. */
export function planImport(text: string, context: ImportContext): ImportPlan {
  const parsed = parseDump(text);
  if (!parsed.ok) return parsed;
  const { article } = parsed;

  let unit: string;
  if (context.unitId) {
    if (!context.units.some((u) => u.id === context.unitId)) {
      return { ok: false, reason: `--unit ${context.unitId}: mã đơn vị này chưa có trong content/units.yaml; các mã hợp lệ: ${context.units.map((u) => u.id).join(', ')}` };
    }
    unit = context.unitId;
  } else {
    const named = unitsNamedIn(text, context.units);
    if (named.length !== 1) {
      const which = named.length === 0 ? 'không nhắc tên đơn vị nào đã biết' : `nhắc tên ${named.length} đơn vị`;
      const candidates = (named.length ? named : context.units).map((u) => `${u.id} (${u.name})`).join(', ');
      return { ok: false, reason: `bài ${which}; hãy chọn một đơn vị bằng --unit: ${candidates}` };
    }
    unit = named[0]!.id;
  }

  const author = authorFor(article.authorName, context.authors);
  const slug = slugify(article.title);
  return {
    ok: true,
    relativePath: `${article.year}/${slug}.md`,
    content: articleFile(article, { unit, author: author.id }),
    title: article.title,
    newAuthor: author.added,
  };
}
