import { z } from 'astro/zod';
import { editionSchema, type EditionData } from '../schemas/edition.ts';
import type { Licence } from '../schemas/licence.ts';
import { pageId } from '../lib/article-id.ts';
import { formatDayVi, formatDateTimeVi, startOfDay } from '../lib/dates.ts';
import { errorIn, type Diagnostic } from '../content-files/diagnostic.ts';
import { readFrontmatter } from '../content-files/frontmatter.ts';
import { reportIssues, vietnameseIssue } from '../schemas/issues.ts';
import { assetPath, NOT_AN_IMAGE } from './check-body.ts';
import type { ImageKind } from './image-files.ts';
import type { SourceFile } from './check-articles.ts';

/** What an edition's article is at the time of the build: enough to tell whether it can be printed. */
export interface ArticleState {
  draft: boolean;
  /** its publication instant, when the file says a valid one */
  date: Date | undefined;
}

export interface EditionContext {
  /** every article by id; `undefined` when its frontmatter cannot be read (the article's own check says why) */
  articles: ReadonlyMap<string, ArticleState | undefined>;
  /** the site's licence, if it has one (the site configuration's check says when it is missing) */
  licence: Licence | undefined;
  /** the instant the build publishes as of */
  now: Date;
  timeZone: string;
  /** every file under the editions folder, relative to it */
  files: ReadonlySet<string>;
  imageKind?: ((path: string) => ImageKind | undefined) | undefined;
}

const IMAGE_PATH = 'phải là đường dẫn tới một tệp ảnh, ví dụ ./bia.jpg';
const schema = editionSchema(z.string({ error: IMAGE_PATH }).min(1, { error: IMAGE_PATH }));

interface Checked {
  source: SourceFile;
  data: EditionData;
  at: (path: readonly PropertyKey[]) => number | undefined;
}

/** The articles of one edition: each exists, is named once, and is out by the time the edition is. */
function checkArticles(file: string, data: EditionData, at: Checked['at'], context: EditionContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const seen = new Map<string, string>();
  // An edition is out from the start of its day (or now, for an edition dated in the past): an article it prints must be out by then.
  const editionOut = Math.max(context.now.getTime(), startOfDay(data.date, context.timeZone).getTime());
  data.sections.forEach((section, i) =>
    section.articles.forEach((id, j) => {
      const path = ['sections', i, 'articles', j];
      const field = path.join('.');
      const report = (message: string, severity: Diagnostic['severity'] = 'error') => diagnostics.push({ file, line: at(path), field, message, severity });
      const where = `chuyên mục "${section.title}"`;
      const first = seen.get(id);
      if (first) {
        report(`bài ${id} đã có ở ${first}; mỗi bài chỉ in một lần trong một số`);
        return;
      }
      seen.set(id, where);
      if (!context.articles.has(id)) {
        report(`không có bài nào mang mã "${id}" (tệp content/articles/${id}.md)`);
        return;
      }
      const article = context.articles.get(id);
      if (!article) return;
      // A draft edition may still name articles being written; it is not published.
      const severity = data.draft ? 'warning' : 'error';
      if (article.draft) report(`bài ${id} là bản nháp (draft: true), chưa được đăng; hãy đăng bài hoặc bỏ bài khỏi số này`, severity);
      else if (article.date && article.date.getTime() > editionOut) {
        report(`bài ${id} hẹn giờ đăng ${formatDateTimeVi(article.date, context.timeZone)}, sau ngày phát hành số này (${formatDayVi(data.date)}); số báo chỉ in bài đã đăng`, severity);
      }
    }),
  );
  return diagnostics;
}

/** One edition's own problems; those between editions are found by checkEditions. */
function checkOne(source: SourceFile, context: EditionContext): { diagnostics: Diagnostic[]; checked?: Checked } {
  const { file } = source;
  const error = errorIn(file);
  const diagnostics: Diagnostic[] = [];
  if (source.relativePath.includes('/')) diagnostics.push(error('số bản tin phải nằm ngay trong thư mục content/editions/, không trong thư mục con (ảnh bìa thì được)', 1));
  const read = readFrontmatter(file, source.bytes, 'number: 12');
  if (!read.ok) return { diagnostics: [...diagnostics, ...read.diagnostics] };
  const { data: fields, at, firstLine } = read.value;
  const result = schema.safeParse(fields, { error: vietnameseIssue });
  if (!result.success) {
    diagnostics.push(...reportIssues(result.error, fields).map((issue) => error(issue.message, at(issue.path) ?? firstLine, issue.field)));
    return { diagnostics };
  }
  const data = result.data;
  const { licence } = context;
  if (licence && data.date < licence.date) {
    diagnostics.push(error(`${formatDayVi(data.date)} trước ngày cấp giấy phép xuất bản (${formatDayVi(licence.date)}, imprint.licence.date trong src/site.config.ts)`, at(['date']), 'date'));
  }
  if (licence?.validUntil && data.date > licence.validUntil) {
    diagnostics.push(error(`${formatDayVi(data.date)} sau ngày giấy phép xuất bản hết hạn (${formatDayVi(licence.validUntil)}, imprint.licence.validUntil); cần gia hạn hoặc xin giấy phép mới`, at(['date']), 'date'));
  }
  if (data.cover) {
    const cover = assetPath(source.relativePath, data.cover.src);
    if (cover !== undefined && !context.files.has(cover)) diagnostics.push(error(`không tìm thấy ảnh "${data.cover.src}" (đã tìm ở content/editions/${cover})`, at(['cover', 'src']), 'cover.src'));
    else if (cover !== undefined && context.imageKind && !context.imageKind(cover)) diagnostics.push(error(NOT_AN_IMAGE(data.cover.src), at(['cover', 'src']), 'cover.src'));
  }
  diagnostics.push(...checkArticles(file, data, at, context));
  return { diagnostics, checked: { source, data, at } };
}

/**
 * Check every edition (`content/editions/*.md`), and what lies between them: two files with one address, a number
 * used twice, and numbers skipped (a warning: an edition may be left out of the site).
 */
export function checkEditions(sources: readonly SourceFile[], context: EditionContext): Diagnostic[] {
  const results = sources.map((source) => checkOne(source, context));
  const diagnostics = results.flatMap((result) => result.diagnostics);
  const checked = results.flatMap((result) => (result.checked ? [result.checked] : []));
  const ids = new Map<string, string>();
  for (const { source } of checked) {
    const id = pageId(source.relativePath);
    const first = ids.get(id);
    if (first) diagnostics.push(errorIn(source.file)(`trùng địa chỉ /so/${id}/ với ${first}; hãy đổi tên một trong hai tệp`, 1));
    else ids.set(id, source.file);
  }
  const byNumber = [...checked].sort((a, b) => a.data.number - b.data.number || a.source.file.localeCompare(b.source.file));
  for (let i = 1; i < byNumber.length; i++) {
    const { source, data, at } = byNumber[i]!;
    const before = byNumber[i - 1]!;
    if (data.number === before.data.number) {
      diagnostics.push(errorIn(source.file)(`số ${data.number} đã dùng cho ${before.source.file}; mỗi số bản tin mang một số riêng`, at(['number']), 'number'));
    } else if (data.number > before.data.number + 1) {
      const missing = data.number === before.data.number + 2 ? `số ${before.data.number + 1}` : `các số ${before.data.number + 1}–${data.number - 1}`;
      diagnostics.push({ file: source.file, line: at(['number']), field: 'number', message: `số ${data.number} đi sau số ${before.data.number} (${before.source.file}): thiếu ${missing}`, severity: 'warning' });
    }
  }
  return diagnostics;
}
