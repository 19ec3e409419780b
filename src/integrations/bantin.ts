import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../project-dirs.ts';
import { checkArticles, type SourceFile } from '../lib/content-check/check-articles.ts';
import { checkSiteConfig } from '../lib/content-check/check-registry.ts';
import { readRegistryFiles } from './registry-files.ts';
import { formatDiagnostic, hasErrors, summariseWarnings, type Diagnostic } from '../lib/content-check/diagnostic.ts';
import { ARTICLE_EXTENSIONS } from '../lib/article-id.ts';
import { inBatches } from '../lib/batches.ts';


/** Every file under the articles folder, as sorted `/`-separated paths relative to it. */
async function listArticleFolder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

const isArticleFile = (path: string) => ARTICLE_EXTENSIONS.some((ext) => path.toLowerCase().endsWith(ext));

/** Read all content under `root` and check it; returns every diagnostic, errors and warnings. */
export async function checkContent(root: string, siteConfig: unknown): Promise<Diagnostic[]> {
  const show = (path: string) => relative(root, path).split('\\').join('/');
  const content = contentDir(root);
  const { units, authors, diagnostics: registryProblems } = await readRegistryFiles(content, show);
  const unitIds = new Set(units.entries.map((unit) => unit.id));
  const authorIds = new Set(authors.entries.map((author) => author.id));
  const articlesDir = join(content, 'articles');
  const files = await listArticleFolder(articlesDir);
  const sources: SourceFile[] = await inBatches(files.filter(isArticleFile), 64, async (relativePath) => ({
    file: show(join(articlesDir, relativePath)),
    relativePath,
    bytes: await readFile(join(articlesDir, relativePath)),
  }));
  return [
    ...registryProblems,
    ...checkSiteConfig('src/site.config.ts', siteConfig, unitIds),
    ...checkArticles(sources, { unitIds, authorIds, files: new Set(files) }),
  ];
}

export class ContentError extends Error {
  constructor(diagnostics: readonly Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    super(
      `bantin: ${errors.length} problem(s) in the content; nothing was built:\n` +
        errors.map((d) => `  ${formatDiagnostic(d)}`).join('\n'),
    );
    this.name = 'ContentError';
    // The editor needs the list above, not where in bantin it was noticed.
    this.stack = this.message;
  }
}

/**
 * bantin's build hooks: the content is checked before Astro builds anything, and pages learn whether drafts
 * are shown from Astro's command itself (`astro dev`), not from environment variables a shell may carry.
 */
export function bantin(siteConfig: unknown): AstroIntegration {
  return {
    name: 'bantin',
    hooks: {
      'astro:config:setup': async ({ config, command, logger, updateConfig }) => {
        updateConfig({ vite: { define: { __BANTIN_SHOW_DRAFTS__: JSON.stringify(command === 'dev') } } });
        const diagnostics = await checkContent(fileURLToPath(config.root), siteConfig);
        for (const line of summariseWarnings(diagnostics)) logger.warn(line);
        if (hasErrors(diagnostics)) throw new ContentError(diagnostics);
      },
    },
  };
}
