import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { join } from 'node:path';
import { articleId } from './lib/article-id.ts';
import { registryList, type RegistryKind } from './lib/registry-file.ts';
import { contentDir } from './project-dirs.ts';
import { withBodySummary } from './loaders/with-body-summary.ts';
import { articleSchema } from './schemas/article.ts';
import { authorSchema, unitSchema } from './schemas/unit.ts';

/** A registry file's list (`units:`, `authors:`), read with YAML 1.2's core schema as the build's pre-check reads it. */
const registryParser = (kind: RegistryKind) => (text: string) => (registryList(parse(text, { schema: 'core' }), kind) ?? []) as Record<string, unknown>[];

const root = contentDir();

const articles = defineCollection({
  // Stored with a summary of the body (word count, đ-words) instead of the body itself: see the loader.
  loader: withBodySummary(
    glob({
      base: join(root, 'articles'),
      pattern: '**/*.{md,mdx}',
      generateId: ({ entry }) => articleId(entry),
    }),
  ),
  schema: ({ image }) => articleSchema(image()),
});

const units = defineCollection({
  loader: file(join(root, 'units.yaml'), { parser: registryParser('units') }),
  schema: unitSchema,
});

const authors = defineCollection({
  loader: file(join(root, 'authors.yaml'), { parser: registryParser('authors') }),
  schema: authorSchema,
});

export const collections = { articles, units, authors };
