import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';

const content = process.env.BANTIN_CONTENT;
if (!content) throw new Error('BANTIN_CONTENT must name the archive to build');

export const collections = {
  articles: defineCollection({ loader: glob({ base: join(content, 'articles'), pattern: '**/*.md' }) }),
};
