import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { articleId } from './lib/article-id.ts';
import { articleSchema } from './schemas/article.ts';
import { authorSchema, unitSchema } from './schemas/unit.ts';

/** YAML 1.2 core schema, as the build's pre-check reads it: timestamps stay text. */
const parseYaml = (text: string) => parse(text, { schema: 'core' });

const articles = defineCollection({
  loader: glob({
    base: './content/articles',
    pattern: '**/*.{md,mdx}',
    generateId: ({ entry }) => articleId(entry),
  }),
  schema: ({ image }) => articleSchema(image()),
});

const units = defineCollection({
  loader: file('content/units.yaml', { parser: parseYaml }),
  schema: unitSchema,
});

const authors = defineCollection({
  loader: file('content/authors.yaml', { parser: parseYaml }),
  schema: authorSchema,
});

export const collections = { articles, units, authors };
