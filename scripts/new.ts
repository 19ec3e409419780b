/**
 * npm run new -- --title "<tiêu đề>" --unit <unit-id> --author <author-id> [--date <ISO instant>] [--draft]
 * Starts an article with complete frontmatter and prints its path.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/project-dirs.ts';
import { readRegistryFiles } from '../src/integrations/registry-files.ts';
import { formatDiagnostic } from '../src/content-check/diagnostic.ts';
import { parseInstant } from '../src/lib/dates.ts';
import { newArticleFile } from '../src/lib/new-article.ts';
import { slugify } from '../src/lib/slug.ts';
import { siteSchema } from '../src/schemas/site.ts';
import { site } from '../src/site.config.ts';

const USAGE = 'usage: npm run new -- --title "<tiêu đề>" --unit <unit-id> --author <author-id> [--date <ISO instant>] [--draft]';
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

const { values } = parseArgs({
  options: {
    title: { type: 'string' },
    unit: { type: 'string' },
    author: { type: 'string' },
    date: { type: 'string' },
    draft: { type: 'boolean', default: false },
  },
});
if (!values.title?.trim() || !values.unit || !values.author) fail(USAGE);
if (!slugify(values.title!)) fail(`--title "${values.title}" has no letters or digits to make a file name from`);

const content = contentDir();
const registry = await readRegistryFiles(content, (path) => relative(process.cwd(), path));
if (registry.diagnostics.length) fail(registry.diagnostics.map(formatDiagnostic).join('\n'));
const units = registry.units.entries;
const authors = registry.authors.entries;
if (!units.some((u) => u.id === values.unit)) {
  fail(`Unknown unit "${values.unit}". Valid unit ids:\n${units.map((u) => `  ${u.id}  (${u.name})`).join('\n')}`);
}
if (!authors.some((a) => a.id === values.author)) {
  fail(`Unknown author "${values.author}". Valid author ids:\n${authors.map((a) => `  ${a.id}  (${a.name})`).join('\n')}\nAdd a new author to content/authors.yaml first.`);
}

let date = new Date();
if (values.date) {
  const parsed = parseInstant(values.date);
  if (!parsed.ok) fail(`--date ${parsed.reason}`);
  else date = parsed.date;
}

const { timeZone } = siteSchema.parse(site);
const file = newArticleFile({ title: values.title!, unit: values.unit!, author: values.author!, date, draft: values.draft, timeZone });
const target = join(content, 'articles', file.relativePath);
if (existsSync(target)) fail(`${relative(process.cwd(), target)} already exists: give the new article a different title.`);
await mkdir(dirname(target), { recursive: true });
await writeFile(target, file.content);
console.log(relative(process.cwd(), target));
