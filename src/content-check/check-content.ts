import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { contentDir } from '../project-dirs.ts';
import { readRegistryFiles } from '../integrations/registry-files.ts';
import { ARTICLE_EXTENSIONS } from '../lib/article-id.ts';
import { inBatches } from '../node/batches.ts';
import { filesUnder } from '../node/files.ts';
import { checkArticles, type SourceFile } from './check-articles.ts';
import { checkSiteConfig } from './check-registry.ts';
import { checkDocuments } from './check-documents.ts';
import { imageKindReader } from './image-files.ts';
import { formatDiagnostic, type Diagnostic } from './diagnostic.ts';

const isArticleFile = (path: string) => ARTICLE_EXTENSIONS.some((ext) => path.toLowerCase().endsWith(ext));

/** Read all content under `root` and check it; returns every diagnostic, errors and warnings. */
export async function checkContent(root: string, siteConfig: unknown): Promise<Diagnostic[]> {
  const show = (path: string) => relative(root, path).split('\\').join('/');
  const content = contentDir(root);
  const { units, authors, diagnostics: registryProblems } = await readRegistryFiles(content, show);
  const unitIds = new Set(units.entries.map((unit) => unit.id));
  const authorIds = new Set(authors.entries.map((author) => author.id));
  const articlesDir = join(content, 'articles');
  const files = await filesUnder(articlesDir).catch(() => []);
  const sources: SourceFile[] = await inBatches(files.filter(isArticleFile), 64, async (relativePath) => ({
    file: show(join(articlesDir, relativePath)),
    relativePath,
    bytes: await readFile(join(articlesDir, relativePath)),
  }));
  const documentsDir = join(content, 'documents');
  const documentFiles = await filesUnder(documentsDir).catch(() => []);
  const documents: SourceFile[] = await inBatches(
    documentFiles.filter((path) => path.toLowerCase().endsWith('.md')),
    64,
    async (relativePath) => ({ file: show(join(documentsDir, relativePath)), relativePath, bytes: await readFile(join(documentsDir, relativePath)) }),
  );
  return [
    ...registryProblems,
    ...checkSiteConfig('src/site.config.ts', siteConfig, unitIds),
    ...checkArticles(sources, { unitIds, authorIds, files: new Set(files), imageKind: imageKindReader(articlesDir) }),
    ...checkDocuments(documents, { unitIds, files: new Set(documentFiles) }),
  ];
}

/** What the build says when the content has errors: every one, as `file:line: field: message`. */
export function contentErrorMessage(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  return `bantin: nội dung có ${errors.length} lỗi; chưa dựng trang nào:\n` + errors.map((d) => `  ${formatDiagnostic(d)}`).join('\n');
}
