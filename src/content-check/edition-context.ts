import type { SiteConfig } from '../schemas/site.ts';
import { SITE_CONFIG_FILE, type LineOf } from '../content-files/site-config.ts';
import type { Licence } from '../schemas/licence.ts';
import { articleId } from '../lib/article-id.ts';
import { articleRef } from '../schemas/edition.ts';
import { parse } from 'yaml';
import { readFrontmatter } from '../content-files/frontmatter.ts';
import { decodeSource, splitFrontmatter } from '../content-files/source-text.ts';
import { parseInstant } from '../lib/dates.ts';
import type { Diagnostic } from '../content-files/diagnostic.ts';
import type { SourceFile } from './check-articles.ts';
import type { ArticleState } from './check-editions.ts';

/** The article ids the editions name, read leniently: the editions' own check reports what is wrong with them. */
function namedArticles(editions: readonly SourceFile[]): Set<string> {
  const ids = new Set<string>();
  for (const source of editions) {
    const decoded = decodeSource(source.bytes);
    const split = decoded.ok ? splitFrontmatter(decoded.text) : undefined;
    if (!split?.ok) continue;
    let data: unknown;
    try {
      data = parse(split.value.yaml, { schema: 'core' });
    } catch {
      continue;
    }
    const sections = (data as { sections?: unknown } | null)?.sections;
    for (const section of Array.isArray(sections) ? sections : []) {
      const articles = (section as { articles?: unknown } | null)?.articles;
      for (const ref of Array.isArray(articles) ? articles : []) {
        const id = articleRef.safeParse(ref);
        if (id.success) ids.add(id.data);
      }
    }
  }
  return ids;
}

/**
 * Every article id, with the publication state of those the editions name (only theirs are read again: an archive
 * of 10,000 articles is not parsed twice for an edition of twenty).
 */
export function articleStates(articles: readonly SourceFile[], editions: readonly SourceFile[]): Map<string, ArticleState | undefined> {
  const named = editions.length ? namedArticles(editions) : new Set<string>();
  const states = new Map<string, ArticleState | undefined>();
  for (const source of articles) {
    const id = articleId(source.relativePath);
    if (!named.has(id)) {
      states.set(id, undefined);
      continue;
    }
    const read = readFrontmatter(source.file, source.bytes);
    if (!read.ok) {
      states.set(id, undefined);
      continue;
    }
    const { draft, date } = read.value.data as { draft?: unknown; date?: unknown };
    const instant = typeof date === 'string' ? parseInstant(date) : undefined;
    states.set(id, { draft: draft === true, date: instant?.ok ? instant.date : undefined });
  }
  return states;
}

/**
 * What the editions need of the site configuration: a licence, with its period (kỳ hạn) for the colophon, and a
 * trim size the licence allows, reported against the configuration file (already checked against its schema).
 */
export function checkEditionSettings(
  site: SiteConfig,
  hasEditions: boolean,
  lineOf: LineOf = () => undefined,
): { licence: Licence | undefined; timeZone: string; diagnostics: Diagnostic[] } {
  const { imprint, print, timeZone } = site;
  const licence = imprint?.licence;
  const diagnostics: Diagnostic[] = [];
  const error = (field: string, message: string) => diagnostics.push({ file: SITE_CONFIG_FILE, line: lineOf(field.split('.')), field, message, severity: 'error' });
  if (licence?.validUntil && licence.validUntil < licence.date) error('imprint.licence.validUntil', `${licence.validUntil} trước ngày cấp giấy phép ${licence.date} (imprint.licence.date)`);
  if (licence && print.trimCm && (print.trimCm.width > licence.format.width || print.trimCm.height > licence.format.height)) {
    const cm = (n: number) => String(n).replace('.', ',');
    error('print.trimCm', `khổ ${cm(print.trimCm.width)} × ${cm(print.trimCm.height)} cm lớn hơn khuôn khổ giấy phép cho phép (${cm(licence.format.width)} × ${cm(licence.format.height)} cm, imprint.licence.format)`);
  }
  if (hasEditions) {
    if (!licence) error('imprint.licence', 'có số bản tin trong content/editions/ nhưng chưa khai báo giấy phép xuất bản (imprint.licence: number, date, issuer, frequency); bản in phải ghi giấy phép ở cuối trang cuối');
    else if (!licence.frequency) error('imprint.licence.frequency', 'bắt buộc khi có số bản tin: kỳ hạn xuất bản ghi ở cuối trang cuối, ví dụ "1 tháng/kỳ"');
  }
  return { licence, timeZone, diagnostics };
}
