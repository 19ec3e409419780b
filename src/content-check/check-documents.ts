import { posix } from 'node:path';
import { documentSchema, type DocumentData } from '../schemas/document.ts';
import { numberKey } from '../lib/document-number.ts';
import { documentRuleProblems } from '../lib/document-rules.ts';
import { documentId, RESERVED_DOCUMENT_IDS } from '../lib/document-id.ts';
import { attachmentName, attachmentType } from '../lib/attachments.ts';
import { slugify } from '../lib/slug.ts';
import { errorIn, type Diagnostic } from '../content-files/diagnostic.ts';
import { readFrontmatter } from '../content-files/frontmatter.ts';
import { reportIssues, vietnameseIssue } from '../schemas/issues.ts';
import type { SourceFile } from './check-articles.ts';

/** What documents may refer to: units (as issuers) and the files beside them. */
export interface DocumentContext {
  unitIds: ReadonlySet<string>;
  /** every file under the documents folder, relative to it */
  files: ReadonlySet<string>;
}

/** A document read well enough to be compared with the others. */
interface Checked {
  source: SourceFile;
  id: string;
  data: DocumentData | undefined;
  /** raw `replacedBy`, even when another field is wrong */
  replacedBy: unknown;
  at: (path: readonly PropertyKey[]) => number | undefined;
}

const UNIT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** One document's own problems; the problems between documents are found by checkDocuments. */
function checkOne(source: SourceFile, context: DocumentContext): { diagnostics: Diagnostic[]; checked?: Checked } {
  const error = errorIn(source.file);
  const id = documentId(source.relativePath);
  const diagnostics: Diagnostic[] = [];
  if (source.relativePath.includes('/')) {
    diagnostics.push(error('văn bản phải nằm ngay trong thư mục content/documents/, không trong thư mục con (tệp đính kèm thì được)'));
  }
  if (RESERVED_DOCUMENT_IDS.has(id)) diagnostics.push(error(`tên tệp "${id}" trùng với một mục của trang /van-ban/; hãy đặt tên theo số ký hiệu, ví dụ 35-ct-tw.md`));
  const read = readFrontmatter(source.file, source.bytes, 'number: 35-CT/TW');
  if (!read.ok) return { diagnostics: [...diagnostics, ...read.diagnostics] };
  const { data: fields, at, firstLine } = read.value;
  const result = documentSchema.safeParse(fields, { error: vietnameseIssue });
  if (!result.success) {
    diagnostics.push(...reportIssues(result.error, fields).map((issue) => error(issue.message, at(issue.path) ?? firstLine, issue.field)));
  }
  const wrong = new Set(diagnostics.map((d) => d.field?.split('.')[0]));
  // The issuer is checked as written even when other fields are wrong.
  if (typeof fields['issuer'] === 'string' && !wrong.has('issuer') && UNIT_ID.test(fields['issuer']) && !context.unitIds.has(fields['issuer'])) {
    diagnostics.push(
      error(
        `mã đơn vị "${fields['issuer']}" chưa có trong content/units.yaml; cơ quan bên ngoài thì ghi tên đầy đủ, ví dụ Bộ Chính trị`,
        at(['issuer']),
        'issuer',
      ),
    );
  }
  // Attachments too: each file named is looked for beside the document.
  const names = new Map<string, string>();
  (Array.isArray(fields['files']) ? fields['files'] : []).forEach((file: unknown, i) => {
    const src = typeof file === 'string' ? file : (file as { src?: unknown } | null)?.src;
    if (typeof src !== 'string' || !attachmentType(src) || /^(?:[a-z]+:|\/|\\)/i.test(src.trim())) return;
    const path = posix.normalize(posix.join(posix.dirname(source.relativePath), src.trim()));
    const line = at(['files', i]);
    if (path.startsWith('../') || !context.files.has(path)) {
      diagnostics.push(error(`không tìm thấy tệp đính kèm "${src}" (đã tìm ở content/documents/${path})`, line, 'files'));
    }
    const name = attachmentName(src);
    const other = names.get(name);
    if (other) diagnostics.push(error(`tệp "${src}" và "${other}" cùng được đăng với tên ${name}; hãy đổi tên một tệp`, line, 'files'));
    names.set(name, src);
  });
  const data = result.success ? result.data : undefined;
  if (data) {
    for (const problem of documentRuleProblems(data, fields['status'])) diagnostics.push(error(problem.message, at([problem.field]), problem.field));
  }
  diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { diagnostics, checked: { source, id, data, replacedBy: fields['replacedBy'], at } };
}

/**
 * Check every document, and what lies between them: two files with the same id, two documents with the same number
 * from the same issuer, a `replacedBy` that names no document.
 */
export function checkDocuments(sources: readonly SourceFile[], context: DocumentContext): Diagnostic[] {
  const results = sources.map((source) => checkOne(source, context));
  const diagnostics = results.flatMap((result) => result.diagnostics);
  const checked = results.flatMap((result) => (result.checked ? [result.checked] : []));
  const ids = new Map<string, string>();
  const numbers = new Map<string, string>();
  for (const { source, id, data, at } of checked) {
    const error = errorIn(source.file);
    const first = ids.get(id);
    if (first) diagnostics.push(error(`trùng đường dẫn /van-ban/${id}/ với ${first}; hãy đổi tên một trong hai tệp`));
    else ids.set(id, source.file);
    if (!data) continue;
    const key = `${numberKey(data.number)} ${slugify(data.issuer)}`;
    const same = numbers.get(key);
    if (same) diagnostics.push(error(`"${data.number}" của ${data.issuer} đã có ở ${same}; mỗi văn bản chỉ đăng một lần`, at(['number']), 'number'));
    else numbers.set(key, source.file);
  }
  for (const { source, id, replacedBy, at } of checked) {
    if (typeof replacedBy !== 'string' || !UNIT_ID.test(replacedBy)) continue;
    const error = errorIn(source.file);
    if (replacedBy === id) diagnostics.push(error('văn bản không thể tự thay thế chính nó', at(['replacedBy']), 'replacedBy'));
    else if (!ids.has(replacedBy)) {
      diagnostics.push(error(`không có văn bản nào mang mã "${replacedBy}" (tệp content/documents/${replacedBy}.md); các mã hiện có: ${[...ids.keys()].join(', ')}`, at(['replacedBy']), 'replacedBy'));
    }
  }
  return diagnostics;
}
