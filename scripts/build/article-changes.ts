/**
 * The articles a build puts online, takes down or changes, named for the editor, and why: a draft published, a
 * scheduled article whose time came, a new file; made a draft, scheduled again, a file deleted or renamed.
 *
 * Pages tell what is online; the reason comes from the source files of the few articles that are not online, and
 * from the same record kept by the last build (build-records.ts): an article that was
 * scheduled there and is online now went live because its time came.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ARTICLE_EXTENSIONS, articleId } from '../../src/lib/article-id.ts';
import { formatDateTimeVi, parseInstant } from '../../src/lib/dates.ts';
import { readFrontmatter } from '../../src/content-files/frontmatter.ts';
import { filesUnder } from '../../src/node/files.ts';
import { articleIdOfPage, type SiteDiff } from './site-diff.ts';
import { readNotOnline, writeNotOnline, type NotOnline } from './build-records.ts';

export interface ArticleChange {
  id: string;
  title: string;
  reason?: string | undefined;
}

/** Articles of one kind of change: all their ids, the first few named. */
export interface ArticleList {
  ids: string[];
  shown: ArticleChange[];
}

export interface ArticleChanges {
  live: ArticleList;
  down: ArticleList;
  changed: ArticleList;
}

/** How many articles of each list are named in the summary (the log file has them all). */
export const NAMED = 8;

interface Source {
  file: string;
  data: Record<string, unknown> | undefined;
}

/** The article sources under `articlesDir` by id (read lazily: only those whose state or title is needed). */
async function sourcesById(articlesDir: string): Promise<Map<string, string>> {
  const files = await filesUnder(articlesDir).catch(() => [] as string[]);
  const byId = new Map<string, string>();
  for (const file of files) if (ARTICLE_EXTENSIONS.some((ext) => file.toLowerCase().endsWith(ext))) byId.set(articleId(file), join(articlesDir, file));
  return byId;
}

async function readSource(file: string): Promise<Source> {
  const read = readFrontmatter(file, await readFile(file));
  return { file, data: read.ok ? read.value.data : undefined };
}

function notOnline(data: Record<string, unknown> | undefined, now: Date): NotOnline | undefined {
  if (!data) return undefined;
  if (data.draft === true) return { state: 'draft' };
  const date = typeof data.date === 'string' ? parseInstant(data.date) : undefined;
  if (date?.ok && date.date.getTime() > now.getTime()) return { state: 'scheduled', date: date.date.toISOString() };
  return undefined;
}

const HEADING = /<h1\b[^>]*>([\s\S]*?)<\/h1>/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The article's headline in its page (Astro escapes only a few characters). */
export function headlineOf(html: string): string | undefined {
  const inner = HEADING.exec(html)?.[1];
  if (inner === undefined) return undefined;
  return inner
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (whole, name: string) =>
      name[0] === '#' ? String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1))) : (ENTITIES[name] ?? whole),
    )
    .trim();
}

export interface ArticleChangesInput {
  diff: SiteDiff;
  previousDir: string;
  nextDir: string;
  articlesDir: string;
  cacheDir: string;
  now: Date;
  timeZone: string;
}

/** Work out the changes, and record what is not online for the next build. */
export async function articleChanges(input: ArticleChangesInput): Promise<ArticleChanges> {
  const { diff, now, timeZone } = input;
  const sources = await sourcesById(input.articlesDir);
  const online = new Set(diff.files.map(articleIdOfPage).filter((id) => id !== undefined));
  const before = await readNotOnline(input.cacheDir);

  const record = new Map<string, NotOnline>();
  const read = new Map<string, Source>();
  for (const [id, file] of sources) {
    if (online.has(id)) continue;
    const source = await readSource(file);
    read.set(id, source);
    const state = notOnline(source.data, now);
    if (state) record.set(id, state);
  }
  await writeNotOnline(input.cacheDir, record);

  const title = async (id: string, dir: string, file: string) =>
    headlineOf(await readFile(join(dir, file), 'utf8').catch(() => '')) ?? (typeof read.get(id)?.data?.title === 'string' ? (read.get(id)!.data!.title as string) : id);
  const when = (iso: string | undefined) => (iso ? formatDateTimeVi(new Date(iso), timeZone) : '');

  const list = async (files: string[], dir: string, reason: (id: string) => string | undefined): Promise<ArticleList> => {
    const ids = files.map(articleIdOfPage).filter((id) => id !== undefined);
    const shown = await Promise.all(ids.slice(0, NAMED).map(async (id) => ({ id, title: await title(id, dir, `bai-viet/${id}/index.html`), reason: reason(id) })));
    return { ids, shown };
  };
  const live = await list(diff.previousFiles ? diff.added : [], input.nextDir, (id) => {
    const was = before?.get(id);
    if (was?.state === 'scheduled') return `đến giờ đăng đã hẹn (${when(was.date)})`;
    if (was?.state === 'draft') return 'thôi là bản nháp';
    return before ? 'bài mới' : undefined;
  });
  const down = await list(diff.removed, input.previousDir, (id) => {
    const state = record.get(id);
    if (state?.state === 'draft') return 'chuyển thành bản nháp';
    if (state?.state === 'scheduled') return `hẹn đăng lúc ${when(state.date)}`;
    return sources.has(id) ? undefined : 'tệp đã xóa hoặc đổi tên';
  });
  const changed = await list(diff.changed, input.nextDir, () => undefined);
  return { live, down, changed };
}
