import { z } from 'astro/zod';
import { articleSchema } from '../../schemas/article.ts';
import { articleId } from '../article-id.ts';
import type { Diagnostic } from './diagnostic.ts';
import { decodeSource, splitFrontmatter } from './source-text.ts';
import { parseYaml } from './yaml-data.ts';
import { reportIssues } from './schema-issues.ts';

export interface SourceFile {
  /** Path shown to the editor, e.g. `content/articles/2020/x.md` */
  file: string;
  /** Path under the articles folder, e.g. `2020/x.md` */
  relativePath: string;
  bytes: Uint8Array;
}

export interface Registry {
  unitIds: ReadonlySet<string>;
  authorIds: ReadonlySet<string>;
}

/** Outside Astro, a cover is a path relative to the article. */
const schema = articleSchema(z.string().min(1, { error: 'must be a path to an image' }));

/** Check one article file's bytes, frontmatter and references. */
export function checkArticle(source: SourceFile, registry: Registry): Diagnostic[] {
  const { file } = source;
  const error = (message: string, line?: number, field?: string): Diagnostic => ({
    file,
    line,
    field,
    message,
    severity: 'error',
  });
  const decoded = decodeSource(source.bytes);
  if (!decoded.ok) return [error(`the file ${decoded.reason}`, decoded.line)];
  const split = splitFrontmatter(decoded.text);
  if (!split.ok) return [error(split.reason, split.line)];
  const { yaml, firstLine } = split.value;
  const parsed = parseYaml(yaml);
  if (!parsed.ok) return [error(parsed.reason, parsed.line + firstLine - 1)];
  const { data, lineOf } = parsed.value;
  const at = (path: readonly PropertyKey[]) => {
    const line = lineOf(path);
    return line === undefined ? undefined : line + firstLine - 1;
  };
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return [error('the frontmatter must be a list of "field: value" lines', firstLine)];
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    return reportIssues(result.error, data).map((issue) => error(issue.message, at(issue.path) ?? firstLine, issue.field));
  }
  const article = result.data;
  const diagnostics: Diagnostic[] = [];
  if (!registry.unitIds.has(article.unit)) {
    diagnostics.push(
      error(`"${article.unit}" is not a unit in content/units.yaml (known: ${[...registry.unitIds].join(', ')})`, at(['unit']), 'unit'),
    );
  }
  article.author.forEach((id, i) => {
    if (!registry.authorIds.has(id)) {
      diagnostics.push(
        error(
          `"${id}" is not an author in content/authors.yaml (known: ${[...registry.authorIds].join(', ')})`,
          at(Array.isArray((data as { author?: unknown }).author) ? ['author', i] : ['author']),
          'author',
        ),
      );
    }
  });
  if (article.updated && article.updated < article.date) {
    diagnostics.push(error('is earlier than the publication date', at(['updated']), 'updated'));
  }
  return diagnostics;
}

/** Check every article, and that no two files claim the same permanent URL. */
export function checkArticles(sources: readonly SourceFile[], registry: Registry): Diagnostic[] {
  const diagnostics = sources.flatMap((source) => checkArticle(source, registry));
  const owners = new Map<string, string>();
  for (const source of sources) {
    const id = articleId(source.relativePath);
    const first = owners.get(id);
    if (first) {
      diagnostics.push({
        file: source.file,
        message: `has the same permalink /bai-viet/${id}/ as ${first}; rename one of the files`,
        severity: 'error',
      });
    } else owners.set(id, source.file);
  }
  return diagnostics;
}
