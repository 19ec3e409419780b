/**
 * The benchmark's edition: one edition of the generated archive (the newest articles the sample licence's term
 * allows, one section per unit), written into the archive before it is built; and what the builds' logs say of its
 * PDF: the time per page of the cold build, and the rebuild's with nothing changed in the edition (the edited
 * article is not one of its articles).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { newEditionFile, type ArticleSummary } from '../../src/lib/new-edition.ts';
import { articleId } from '../../src/lib/article-id.ts';
import { parseInstant } from '../../src/lib/dates.ts';
import { siteConfig } from '../../src/content-files/site-config.ts';
import type { GeneratedFile } from './generate-archive.ts';

/** Articles in the benchmark's edition: a monthly bulletin's worth. */
export const EDITION_ARTICLES = 16;

export interface EditionFigures {
  articles: number;
  pages: number;
  size: string;
  /** the cold build's edition step (Chromium started, the page loaded, rendered twice, finished) */
  coldSeconds: number;
  coldSecondsPerPage: number;
  /** of which Chromium's renderings (page.pdf, twice): per page and per rendering */
  chromiumSeconds: number | undefined;
  chromiumSecondsPerPagePerPass: number | undefined;
  /** the rebuild's edition step, the PDF taken from the cache */
  rebuildMs: number | undefined;
  rebuildReused: boolean;
}

/** Write `editions/1.md` into the generated archive at `content`; `skip` is the article the rebuild edits. */
export async function writeBenchEdition(content: string, generated: readonly GeneratedFile[], skip: GeneratedFile): Promise<void> {
  const site = await siteConfig();
  const licence = site.imprint?.licence;
  if (!licence?.validUntil) throw new Error('the benchmark edition needs the sample licence with its term (imprint.licence.validUntil)');
  const last = licence.validUntil;
  const units = (parse(generated.find((file) => file.path === 'units.yaml')!.content) as { units: { id: string; name: string }[] }).units;
  const articles = generated
    .filter((file) => file.path.startsWith('articles/') && file !== skip)
    .map((file): ArticleSummary => {
      const front = parse(file.content.split('---\n')[1]!) as { title: string; unit: string; date: string };
      const date = parseInstant(front.date);
      if (!date.ok) throw new Error(`${file.path}: ${date.reason}`);
      return { id: articleId(file.path.replace(/^articles\//, '')), title: front.title, unit: front.unit, date: date.date, draft: false };
    })
    .filter((article) => article.date.toISOString().slice(0, 10) < last)
    .sort((a, b) => b.date.getTime() - a.date.getTime())
    .slice(0, EDITION_ARTICLES);
  if (articles.length === 0) throw new Error('no generated article falls in the sample licence’s term');
  const edition = newEditionFile({
    from: articles.at(-1)!.date.toISOString().slice(0, 10),
    to: last,
    date: last,
    period: 'Số đo hiệu năng',
    articles,
    units,
    previous: [],
    printRun: 500,
    printer: 'Xí nghiệp In (đo hiệu năng)',
    timeZone: site.timeZone,
    now: new Date(Date.parse(`${last}T23:59:59Z`)),
  });
  if (!edition.ok) throw new Error(edition.reason);
  await mkdir(join(content, 'editions'), { recursive: true });
  await writeFile(join(content, 'editions/1.md'), edition.content.replace('draft: true\n', ''));
}

const RENDERED = /\[edition\] số \d+: (\d+) trang, ([^,]+), dựng trong ([\d.]+) s(?: \([^;]*; Chromium in ([\d.]+) s\))?/;
const REUSED = /\[edition\] số \d+: (\d+) trang, không có gì thay đổi: dùng lại bản PDF đã dựng \((\d+) ms\)/;

/** The edition's figures from the cold build's and the rebuild's output. */
export function editionFigures(coldOutput: string, rebuildOutput: string): EditionFigures {
  const cold = RENDERED.exec(coldOutput);
  if (!cold) throw new Error('the cold build printed no [edition] line');
  const pages = Number(cold[1]);
  const reused = REUSED.exec(rebuildOutput);
  const rendered = RENDERED.exec(rebuildOutput);
  return {
    articles: EDITION_ARTICLES,
    pages,
    size: cold[2]!,
    coldSeconds: Number(cold[3]),
    coldSecondsPerPage: Number(cold[3]) / pages,
    chromiumSeconds: cold[4] ? Number(cold[4]) : undefined,
    chromiumSecondsPerPagePerPass: cold[4] ? Number(cold[4]) / pages / 2 : undefined,
    rebuildMs: reused ? Number(reused[2]) : rendered ? Number(rendered[3]) * 1000 : undefined,
    rebuildReused: Boolean(reused),
  };
}

export function editionReport(figures: EditionFigures): string {
  return [
    '',
    `Edition PDF (${figures.articles} articles): ${figures.pages} pages, ${figures.size}`,
    '',
    `| | edition step | per page |`,
    `| --- | --- | --- |`,
    `| cold build: rendered in Chromium (two passes) and finished | ${figures.coldSeconds.toFixed(2)} s | ${figures.coldSecondsPerPage.toFixed(3)} s |`,
    `| … of which Chromium's two renderings (page.pdf) | ${figures.chromiumSeconds?.toFixed(2) ?? '?'} s | ${figures.chromiumSecondsPerPagePerPass?.toFixed(3) ?? '?'} s per rendering |`,
    `| rebuild, nothing changed in the edition | ${figures.rebuildMs === undefined ? '?' : `${Math.round(figures.rebuildMs)} ms`} (${figures.rebuildReused ? 'PDF reused from the cache' : 'rendered again'}) | |`,
  ].join('\n');
}
