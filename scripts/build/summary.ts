/**
 * The account at the end of `npm run build`: what changed in the published site, which articles went online or
 * came down and why, where the time went, where the replaced site is kept. Pure: it formats what it is given.
 */
import type { ArticleList } from './article-changes.ts';
import { duration } from './progress.ts';
import { formatCount } from '../../src/lib/text.ts';
import { isPage, isSearchIndex, type SiteDiff } from './site-diff.ts';

export interface Phase {
  /** `kiểm tra nội dung`, `trang`, … */
  name: string;
  ms: number;
}

export interface SummaryInput {
  /** the output folder as the user named it: `dist` */
  outDir: string;
  /** the new site against the one it replaces; undefined if they could not be compared */
  changes: { diff: SiteDiff; articles: { live: ArticleList; down: ArticleList; changed: ArticleList } } | undefined;
  phases: Phase[];
  totalMs: number;
  /** where the replaced site is kept (`dist.previous`), if there was one */
  previous: string | undefined;
  logFile: string;
}

const isOther = (file: string) => !isPage(file) && !isSearchIndex(file);

function changes(diff: SiteDiff, pick: (file: string) => boolean): string {
  const n = (files: string[]) => formatCount(files.filter(pick).length);
  const all = diff.files.filter(pick).length;
  if (!diff.previousFiles) return formatCount(all);
  return `${formatCount(all)} (thêm ${n(diff.added)}, đổi ${n(diff.changed)}, bớt ${n(diff.removed)})`;
}

const LABELS = { live: 'Bài lên mạng', down: 'Bài gỡ xuống', changed: 'Bài có trang đổi' } as const;

/** The whole lists, for the log file: `Bài lên mạng: 2026/a, 2026/b`. */
export function fullArticleLists(articles: Record<keyof typeof LABELS, ArticleList>): string[] {
  return (Object.keys(LABELS) as (keyof typeof LABELS)[]).filter((key) => articles[key].ids.length).map((key) => `${LABELS[key]}: ${articles[key].ids.join(', ')}`);
}

function articleLines(label: string, list: ArticleList, logFile: string): string[] {
  if (list.ids.length === 0) return [`  ${label}: không có`];
  const named = list.shown.map((a) => `    ${a.id} “${a.title}”${a.reason ? `: ${a.reason}` : ''}`);
  const rest = list.ids.length - list.shown.length;
  return [`  ${label} (${formatCount(list.ids.length)}):`, ...named, ...(rest > 0 ? [`    … và ${formatCount(rest)} bài khác (đủ danh sách trong ${logFile})`] : [])];
}

export function summaryLines(input: SummaryInput): string[] {
  const { outDir } = input;
  const lines = ['', `Tóm tắt bản dựng ${outDir}/:`];
  const diff = input.changes?.diff;
  const articles = input.changes?.articles;
  if (!diff || !articles) {
    lines.push('  Không so được với bản trước.');
  } else if (diff.previousFiles) {
    lines.push(`  Trang so với bản trước: ${changes(diff, isPage)}`);
    lines.push(`  Tệp khác (ảnh, RSS, PDF, mã trang): ${changes(diff, isOther)}; chỉ mục tìm kiếm: ${changes(diff, isSearchIndex)} tệp`);
    lines.push(...articleLines(LABELS.live, articles.live, input.logFile));
    lines.push(...articleLines(LABELS.down, articles.down, input.logFile));
    lines.push(...articleLines(LABELS.changed, articles.changed, input.logFile));
  } else {
    lines.push(`  Bản dựng đầu tiên (chưa có bản trước để so): ${changes(diff, isPage)} trang, ${changes(diff, isOther)} tệp khác, ${changes(diff, isSearchIndex)} tệp chỉ mục tìm kiếm`);
  }
  const phases = input.phases.map((p) => `${p.name} ${duration(p.ms)}`).join(' · ');
  lines.push(`  Thời gian: ${phases}; cả bản dựng ${duration(input.totalMs)}`);
  lines.push(
    input.previous
      ? `  Bản trước giữ ở ${input.previous}/ tới lần dựng sau (muốn quay lại: xóa ${outDir}/ rồi đổi tên ${input.previous}/ thành ${outDir}/)`
      : `  Chưa có bản trước: lần dựng sau sẽ giữ bản này ở ${outDir}.previous/`,
  );
  lines.push(`  Nhật ký đầy đủ (cả từng dòng của Astro): ${input.logFile}`);
  return lines;
}
