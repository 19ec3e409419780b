import { z } from 'astro/zod';
import { articleSchema } from '../schemas/article.ts';
import { articleId } from '../lib/article-id.ts';
import { errorIn, type Diagnostic } from '../content-files/diagnostic.ts';
import { readFrontmatter } from '../content-files/frontmatter.ts';
import { reportIssues, vietnameseIssue } from '../schemas/issues.ts';
import { assetPath, checkBody, NOT_AN_IMAGE } from './check-body.ts';
import type { ImageKind } from './image-files.ts';
import { LEDE_PLACEHOLDER } from '../lib/new-article.ts';

export interface SourceFile {
  /** Path shown to the editor, e.g. `content/articles/2020/x.md` */
  file: string;
  /** Path under the articles folder, e.g. `2020/x.md` */
  relativePath: string;
  bytes: Uint8Array;
}

/** What an article may refer to: the ids of units, authors and articles, and the files beside the articles. */
export interface KnownIds {
  unitIds: ReadonlySet<string>;
  authorIds: ReadonlySet<string>;
  /** Every file under the articles folder; when given, images and cover files are checked */
  files?: ReadonlySet<string> | undefined;
  /** Every article id; when given, links between articles are checked */
  articleIds?: ReadonlySet<string> | undefined;
  /** What kind of image a file under the articles folder is by its content; when given, images are checked by it */
  imageKind?: ((path: string) => ImageKind | undefined) | undefined;
}

/** Lengths past which a headline or a lede no longer fits a listing: a warning, not an error. */
export const LONG_TITLE = 100;
export const LONG_LEDE = 300;

/** Outside Astro, a cover is a path relative to the article. */
const IMAGE_PATH = 'phải là đường dẫn tới một tệp ảnh, ví dụ ./anh.jpg';
const schema = articleSchema(z.string({ error: IMAGE_PATH }).min(1, { error: IMAGE_PATH }));

/** Check one article file's bytes, frontmatter and references. */
export function checkArticle(source: SourceFile, known: KnownIds): Diagnostic[] {
  const { file } = source;
  const error = errorIn(file);
  const read = readFrontmatter(file, source.bytes);
  if (!read.ok) return read.diagnostics;
  const { data, at, body, bodyLine } = read.value;
  const result = schema.safeParse(data, { error: vietnameseIssue });
  const diagnostics: Diagnostic[] = result.success
    ? []
    : reportIssues(result.error, data).map((issue) => error(issue.message, at(issue.path) ?? read.value.firstLine, issue.field));
  // Units, authors and the body are checked as written even when other fields are wrong: the editor sees every
  // problem of the file at once.
  const wrong = new Set(diagnostics.map((d) => d.field?.split('.')[0]));
  const raw = data as { unit?: unknown; author?: unknown; draft?: unknown };
  if (typeof raw.unit === 'string' && !wrong.has('unit') && !known.unitIds.has(raw.unit)) {
    diagnostics.push(
      error(`mã đơn vị "${raw.unit}" chưa có trong content/units.yaml; các mã hợp lệ: ${[...known.unitIds].join(', ')}`, at(['unit']), 'unit'),
    );
  }
  const authors = Array.isArray(raw.author) ? raw.author : [raw.author];
  authors.forEach((id, i) => {
    if (typeof id !== 'string' || wrong.has('author') || known.authorIds.has(id)) return;
    diagnostics.push(
      error(
        `mã tác giả "${id}" chưa có trong content/authors.yaml; các mã hợp lệ: ${[...known.authorIds].join(', ')}`,
        at(Array.isArray(raw.author) ? ['author', i] : ['author']),
        'author',
      ),
    );
  });
  if (result.success) {
    const article = result.data;
    if (article.updated && article.updated < article.date) {
      diagnostics.push(error('sớm hơn ngày đăng bài (date); ngày cập nhật phải sau ngày đăng', at(['updated']), 'updated'));
    }
    if (!article.draft && article.lede === LEDE_PLACEHOLDER) {
      diagnostics.push(error('vẫn còn câu mẫu do npm run new ghi sẵn; hãy thay bằng sa pô của bài', at(['lede']), 'lede'));
    }
    const warn = (field: string, message: string) =>
      diagnostics.push({ file, line: at([field]), field, message, severity: 'warning' });
    if (article.title.length > LONG_TITLE) warn('title', `dài ${article.title.length} ký tự; nên giữ tiêu đề dưới ${LONG_TITLE} ký tự`);
    if (article.lede.length > LONG_LEDE) warn('lede', `dài ${article.lede.length} ký tự; nên giữ sa pô dưới ${LONG_LEDE} ký tự`);
    if (known.files) {
      const cover = article.cover && assetPath(source.relativePath, article.cover.src);
      if (cover !== undefined && !known.files.has(cover)) {
        diagnostics.push(error(`không tìm thấy ảnh "${article.cover!.src}" (đã tìm ở content/articles/${cover})`, at(['cover', 'src']), 'cover.src'));
      } else if (cover !== undefined && known.imageKind && !known.imageKind(cover)) {
        diagnostics.push(error(NOT_AN_IMAGE(article.cover!.src), at(['cover', 'src']), 'cover.src'));
      }
    }
  }
  if (known.files && known.articleIds) {
    diagnostics.push(
      ...checkBody(body, {
        file,
        folder: 'content/articles',
        relativePath: source.relativePath,
        firstLine: bodyLine,
        files: known.files,
        articleIds: known.articleIds,
        imageKind: known.imageKind,
        draft: raw.draft === true,
      }),
    );
  }
  return diagnostics;
}

/** Check every article, and that no two files claim the same permanent URL. */
export function checkArticles(sources: readonly SourceFile[], known: KnownIds): Diagnostic[] {
  const articleIds = known.articleIds ?? new Set(sources.map((source) => articleId(source.relativePath)));
  const diagnostics = sources.flatMap((source) => checkArticle(source, { ...known, articleIds }));
  const owners = new Map<string, string>();
  for (const source of sources) {
    const id = articleId(source.relativePath);
    const first = owners.get(id);
    if (first) {
      diagnostics.push({
        file: source.file,
        message: `trùng đường dẫn /bai-viet/${id}/ với ${first}; hãy đổi tên một trong hai tệp`,
        severity: 'error',
      });
    } else owners.set(id, source.file);
  }
  return diagnostics;
}
