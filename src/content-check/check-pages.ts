import { pageSchema } from '../schemas/page.ts';
import { pageId } from '../lib/article-id.ts';
import { RESERVED_SEGMENTS } from '../lib/paths.ts';
import { errorIn, type Diagnostic } from '../content-files/diagnostic.ts';
import { readFrontmatter } from '../content-files/frontmatter.ts';
import { reportIssues, vietnameseIssue } from '../schemas/issues.ts';
import { checkBody } from './check-body.ts';
import type { KnownIds, SourceFile } from './check-articles.ts';

/** Check one standing page under `content/pages/`: where it is, its frontmatter and its body. */
function checkPage(source: SourceFile, known: Pick<KnownIds, 'files' | 'articleIds' | 'imageKind'>): Diagnostic[] {
  const { file } = source;
  const error = errorIn(file);
  const diagnostics: Diagnostic[] = [];
  const id = pageId(source.relativePath);
  if (id.includes('/')) diagnostics.push(error('trang riêng phải nằm ngay trong content/pages/, không trong thư mục con', 1));
  else if (RESERVED_SEGMENTS.has(id)) {
    diagnostics.push(error(`tên tệp cho trang địa chỉ /${id}/, trùng với một mục của trang web; hãy đặt tên khác`, 1));
  }
  const read = readFrontmatter(file, source.bytes);
  if (!read.ok) return [...diagnostics, ...read.diagnostics];
  const { data, at, body, bodyLine, firstLine } = read.value;
  const result = pageSchema.safeParse(data, { error: vietnameseIssue });
  if (!result.success) {
    diagnostics.push(...reportIssues(result.error, data).map((issue) => error(issue.message, at(issue.path) ?? firstLine, issue.field)));
  }
  if (known.files && known.articleIds) {
    const draft = data['draft'] === true;
    diagnostics.push(
      ...checkBody(body, { file, folder: 'content/pages', relativePath: source.relativePath, firstLine: bodyLine, files: known.files, articleIds: known.articleIds, imageKind: known.imageKind, draft }),
    );
  }
  return diagnostics;
}

/** Check every standing page, and that no two files claim the same address. */
export function checkPages(sources: readonly SourceFile[], known: Pick<KnownIds, 'files' | 'articleIds' | 'imageKind'>): Diagnostic[] {
  const diagnostics = sources.flatMap((source) => checkPage(source, known));
  const owners = new Map<string, string>();
  for (const source of sources) {
    const id = pageId(source.relativePath);
    const first = owners.get(id);
    if (first) diagnostics.push(errorIn(source.file)(`trùng địa chỉ /${id}/ với ${first}; hãy đổi tên một trong hai tệp`, 1));
    else owners.set(id, source.file);
  }
  return diagnostics;
}
