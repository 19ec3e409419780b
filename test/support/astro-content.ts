/**
 * Content for the unit tests of `src/data/`, in place of Astro's content layer: `astro:content` is mocked (as
 * Starlight's unit tests do) with entries made here. Each entry's data goes through the collection's own schema, so
 * defaults and transforms are the build's; its `digest` stands for Astro's digest of the file, so it changes with
 * the frontmatter or the body and stays with the text when the file is renamed.
 *
 *     vi.mock('astro:content', () => import('../../support/astro-content.ts').then((m) => m.mockedAstroContent()));
 *     const { getArticles } = await freshData(content).articles();
 *
 * The data modules load once per build and keep what they loaded: `freshData` stands for a new build of `content`.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';
import { z } from 'astro/zod';
import { BODY_SUMMARY } from '../../src/loaders/with-body-summary.ts';
import { CITES } from '../../src/loaders/with-citations.ts';
import { summariseBody } from '../../src/lib/body-summary.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { documentSchema } from '../../src/schemas/document.ts';
import { editionSchema } from '../../src/schemas/edition.ts';
import { pageSchema } from '../../src/schemas/page.ts';
import { authorSchema, unitSchema } from '../../src/schemas/unit.ts';
import { tmpRoot } from './paths.ts';

/** A Markdown file of a collection: its id, frontmatter as written and body. */
export interface ContentFile {
  id: string;
  data: Record<string, unknown>;
  body?: string;
}

/** An article file, and the documents its rendered body links to (what the articles' loader stores). */
export interface ArticleFile extends ContentFile {
  cites?: string[];
}

export interface Content {
  units: Record<string, unknown>[];
  authors: Record<string, unknown>[];
  articles: ArticleFile[];
  pages?: ContentFile[];
  documents?: ContentFile[];
  editions?: ContentFile[];
}

export interface Entry {
  id: string;
  collection: string;
  data: Record<string, unknown>;
  digest?: string;
  filePath?: string;
}

const image = z.object({ src: z.string(), width: z.number(), height: z.number(), format: z.string() });
const fileDigest = (file: ContentFile) => createHash('sha1').update(JSON.stringify([file.data, file.body ?? ''])).digest('hex').slice(0, 16);

function markdown(collection: string, file: ContentFile, schema: z.ZodType, extra: Record<string, unknown> = {}): Entry {
  const data = { ...(schema.parse(file.data) as Record<string, unknown>), ...extra };
  return { id: file.id, collection, data, digest: fileDigest(file), filePath: `content/${collection}/${file.id}.md` };
}

const COLLECTIONS: Record<string, (content: Content) => Entry[]> = {
  units: (content) => content.units.map((unit) => ({ id: String(unit['id']), collection: 'units', data: unitSchema.parse(unit) })),
  authors: (content) => content.authors.map((author) => ({ id: String(author['id']), collection: 'authors', data: authorSchema.parse(author) })),
  articles: (content) =>
    content.articles.map((file) =>
      markdown('articles', file, articleSchema(image), { [BODY_SUMMARY]: summariseBody(file.body ?? ''), [CITES]: file.cites ?? [] }),
    ),
  pages: (content) => (content.pages ?? []).map((file) => markdown('pages', file, pageSchema)),
  documents: (content) => (content.documents ?? []).map((file) => markdown('documents', file, documentSchema)),
  editions: (content) => (content.editions ?? []).map((file) => markdown('editions', file, editionSchema(image))),
};

/** The entries Astro's loaders would store for a collection of `content`. */
export function entries(content: Content, collection: string): Entry[] {
  const read = COLLECTIONS[collection];
  if (!read) throw new Error(`no collection ${collection}`);
  return read(content);
}

// On globalThis: the test file's copy of this module and the mock's may be two instances once modules are reset.
const CURRENT = Symbol.for('bantin.test.content');
type Holder = { [CURRENT]?: Content };

/** The mocked module: `getCollection` over the entries of the content of the build under test. */
export function mockedAstroContent() {
  return {
    getCollection: async (collection: string, filter?: (entry: Entry) => unknown) => {
      const content = (globalThis as Holder)[CURRENT];
      if (!content) throw new Error('freshData(content) first');
      const list = entries(content, collection);
      return filter ? list.filter(filter) : list;
    },
  };
}

let contentDir: string | undefined;

/**
 * The data modules, loaded afresh as a build of `content` at the instant `now` would load them. The documents' and
 * editions' folders hold a file each (the modules ask for those collections only when they do) and each document's
 * attachments (`files`), `bytes` long.
 */
export function freshData(content: Content, now = '2025-01-01T00:00:00+07:00', attachmentBytes = 1000) {
  (globalThis as Holder)[CURRENT] = content;
  if (!contentDir) {
    mkdirSync(tmpRoot, { recursive: true });
    contentDir = mkdtempSync(join(tmpRoot, 'data-'));
  }
  for (const folder of ['documents', 'editions']) {
    mkdirSync(join(contentDir, folder), { recursive: true });
    writeFileSync(join(contentDir, folder, 'a.md'), '');
  }
  for (const file of content.documents ?? []) {
    for (const attachment of (file.data['files'] ?? []) as (string | { src: string })[]) {
      writeFileSync(join(contentDir, 'documents', typeof attachment === 'string' ? attachment : attachment.src), 'x'.repeat(attachmentBytes));
    }
  }
  vi.stubEnv('BANTIN_CONTENT', contentDir);
  vi.stubEnv('SOURCE_DATE_EPOCH', String(Date.parse(now) / 1000));
  vi.resetModules();
  // Imported when asked: a test loads only the modules it is about (and their imports).
  return {
    articles: () => import('../../src/data/articles.ts'),
    listings: () => import('../../src/data/listings.ts'),
    documents: () => import('../../src/data/documents.ts'),
    editions: () => import('../../src/data/editions.ts'),
    pages: () => import('../../src/data/pages.ts'),
    registry: () => import('../../src/data/registry.ts'),
    cacheKeys: () => import('../../src/data/cache-keys.ts'),
  };
}

/** Remove the folder `freshData` wrote, its environment and stubbed globals (for an `afterAll`: unit test files share their worker). */
export function forgetData() {
  if (contentDir) rmSync(contentDir, { recursive: true, force: true });
  contentDir = undefined;
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
}
