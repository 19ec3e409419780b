import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { join } from 'node:path';
import { articleId, pageId } from './lib/article-id.ts';
import { registryList, type RegistryKind } from './lib/registry-file.ts';
import { contentDir } from './node/project-dirs.ts';
import { withBodySummary } from './loaders/with-body-summary.ts';
import { withCitations } from './loaders/with-citations.ts';
import { holdingStoreWrites } from './loaders/holding-store-writes.ts';
import { documentId } from './lib/document-id.ts';
import { hasMarkdownFiles } from './node/files.ts';
import { documentSchema } from './schemas/document.ts';
import { articleSchema } from './schemas/article.ts';
import { pageSchema } from './schemas/page.ts';
import { editionSchema } from './schemas/edition.ts';
import { authorSchema, unitSchema } from './schemas/unit.ts';

/** A registry file's list (`units:`, `authors:`), read with YAML 1.2's core schema as the build's pre-check reads it. */
const registryParser = (kind: RegistryKind) => (text: string) => (registryList(parse(text, { schema: 'core' }), kind) ?? []) as Record<string, unknown>[];

const root = contentDir();

const articles = defineCollection({
  // Stored with a summary of the body (word count, đ-words) instead of the body itself: see the loader.
  // …and with the ids of the documents it cites: see that loader. The store is written once, after it.
  loader: holdingStoreWrites(
    withBodySummary(
      withCitations(
        glob({
          base: join(root, 'articles'),
          pattern: '**/*.{md,mdx}',
          generateId: ({ entry }) => articleId(entry),
        }),
      ),
    ),
  ),
  schema: ({ image }) => articleSchema(image()),
});

/** Standing pages: Giới thiệu, Liên hệ, Chính sách sử dụng… (`content/pages/<id>.md`, at `/<id>/`). */
const pages = defineCollection({
  loader: glob({ base: join(root, 'pages'), pattern: '*.{md,mdx}', generateId: ({ entry }) => pageId(entry) }),
  schema: pageSchema,
});

const units = defineCollection({
  loader: file(join(root, 'units.yaml'), { parser: registryParser('units') }),
  schema: unitSchema,
});

const authors = defineCollection({
  loader: file(join(root, 'authors.yaml'), { parser: registryParser('authors') }),
  schema: authorSchema,
});

/** Documents (văn bản): one Markdown file each, directly in `content/documents/`, attachments beside them. */
// A site with no documents has no folder for them, and needs no warning about it in every build.
const documents = defineCollection({
  loader: hasMarkdownFiles(join(root, 'documents'))
    ? glob({ base: join(root, 'documents'), pattern: '*.md', generateId: ({ entry }) => documentId(entry) })
    : { name: 'no-documents', load: async ({ store }) => store.clear() },
  schema: documentSchema,
});

/** Editions (số bản tin): one Markdown file each, directly in `content/editions/`, a cover photo beside it if any. */
const editions = defineCollection({
  loader: hasMarkdownFiles(join(root, 'editions'))
    ? glob({ base: join(root, 'editions'), pattern: '*.md', generateId: ({ entry }) => pageId(entry) })
    : { name: 'no-editions', load: async ({ store }) => store.clear() },
  schema: ({ image }) => editionSchema(image()),
});

export const collections = { articles, pages, units, authors, documents, editions };
