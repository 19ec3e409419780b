import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { contentDir } from '../node/project-dirs.ts';
import { readRegistryFiles } from './registry-files.ts';
import { ARTICLE_EXTENSIONS, articleId, pageId } from '../lib/article-id.ts';
import { inBatches } from '../node/batches.ts';
import { filesUnder } from '../node/files.ts';
import { checkArticles, type SourceFile } from './check-articles.ts';
import { checkSiteReferences, siteConfigLines } from '../content-files/site-config.ts';
import { sampleValueWarnings } from './sample-values.ts';
import type { SiteConfig } from '../schemas/site.ts';
import { checkPages } from './check-pages.ts';
import { checkDocuments } from './check-documents.ts';
import { checkEditions } from './check-editions.ts';
import { articleStates, checkEditionSettings } from './edition-context.ts';
import { buildInstant } from '../lib/publication.ts';
import { imageKindReader } from './image-files.ts';
import { byFileAndLine, formatDiagnostic, type Diagnostic } from '../content-files/diagnostic.ts';

/** A Markdown or MDX file: an article, a standing page, a document or an edition. */
const isArticleFile = (path: string) => ARTICLE_EXTENSIONS.some((ext) => path.toLowerCase().endsWith(ext));

/**
 * Read all content under `root` and check it, with what the site's (already checked) configuration names; returns
 * every diagnostic, errors and warnings, by file and line.
 */
export async function checkContent(root: string, site: SiteConfig): Promise<Diagnostic[]> {
  const show = (path: string) => relative(root, path).split('\\').join('/');
  const content = contentDir(root);
  const { units, authors, diagnostics: registryProblems } = await readRegistryFiles(content, show);
  const unitIds = new Set(units.entries.map((unit) => unit.id));
  const authorIds = new Set(authors.entries.map((author) => author.id));
  const read = (folder: string) => readSources(join(content, folder), show);
  const [articles, pages, documents, editions] = await Promise.all([read('articles'), read('pages'), read('documents'), read('editions')]);
  const editionSources = editions.sources.filter((source) => source.relativePath.toLowerCase().endsWith('.md'));
  const configLines = siteConfigLines(root);
  const settings = checkEditionSettings(site, editionSources.length > 0, configLines);
  const articleIds = new Set(articles.sources.map((source) => articleId(source.relativePath)));
  const pageIds = new Set(pages.sources.map((source) => pageId(source.relativePath)));
  return byFileAndLine([
    ...registryProblems,
    ...checkSiteReferences(site, { unitIds, pageIds }, configLines),
    ...sampleValueWarnings(site, configLines),
    ...checkArticles(articles.sources, { unitIds, authorIds, articleIds, files: articles.files, imageKind: imageKindReader(articles.dir) }),
    ...checkPages(pages.sources, { articleIds, files: pages.files, imageKind: imageKindReader(pages.dir) }),
    ...checkDocuments(documents.sources.filter((source) => source.relativePath.toLowerCase().endsWith('.md')), { unitIds, files: documents.files }),
    ...settings.diagnostics,
    ...checkEditions(editionSources, {
      articles: articleStates(articles.sources, editionSources),
      licence: settings.licence,
      now: buildInstant(process.env.SOURCE_DATE_EPOCH),
      timeZone: settings.timeZone,
      files: editions.files,
      imageKind: imageKindReader(editions.dir),
    }),
  ]);
}

/** The Markdown files under a content folder (none if it does not exist), and every file there. */
async function readSources(dir: string, show: (path: string) => string): Promise<{ dir: string; files: Set<string>; sources: SourceFile[] }> {
  const files = await filesUnder(dir).catch(() => []);
  const sources = await inBatches(files.filter(isArticleFile), 64, async (relativePath) => ({
    file: show(join(dir, relativePath)),
    relativePath,
    bytes: await readFile(join(dir, relativePath)),
  }));
  return { dir, files: new Set(files), sources };
}

/** What the build says when the content has errors: every one, as `file:line: field: message`. */
export function contentErrorMessage(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  return `bantin: nội dung có ${errors.length} lỗi; chưa dựng trang nào:\n` + errors.map((d) => `  ${formatDiagnostic(d)}`).join('\n');
}
