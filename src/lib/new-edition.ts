/**
 * The draft of the next edition (`npm run edition`): the articles published in a period, grouped by unit (one
 * section per unit, in the order of `content/units.yaml`, the articles oldest first), numbered after the last edition
 * and marked as a draft, for an editor to trim, reorder and retitle.
 */
import { Document } from 'yaml';
import { formatDayVi, startOfDay } from './dates.ts';

export interface ArticleSummary {
  id: string;
  title: string;
  unit: string;
  date: Date;
  draft: boolean;
}

export interface NewEditionInput {
  /** first and last day of the period, `YYYY-MM-DD`, in the site's zone */
  from: string;
  to: string;
  /** day of publication, `YYYY-MM-DD` */
  date: string;
  period?: string | undefined;
  articles: readonly ArticleSummary[];
  /** units in the order of `content/units.yaml`: id and name */
  units: readonly { id: string; name: string }[];
  /** the editions there are: their numbers, and the last one's print run and printer to start from */
  previous: readonly { number: number; printRun?: number | undefined; printer?: string | undefined }[];
  printRun?: number | undefined;
  printer?: string | undefined;
  timeZone: string;
  now: Date;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** `Tháng 6/2024` for a calendar month, `Quý II/2024` for a quarter, else `01/06/2024 – 15/06/2024`. */
export function periodName(from: string, to: string): string {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  if (fy === ty && fd === 1 && td === lastDay) {
    if (fm === tm) return `Tháng ${fm}/${fy}`;
    if (tm === fm + 2 && (fm - 1) % 3 === 0) return `Quý ${ROMAN[(fm - 1) / 3]}/${fy}`;
    return `Tháng ${fm}–${tm}/${fy}`;
  }
  return `${formatDayVi(from)} – ${formatDayVi(to)}`;
}

export type NewEdition = { ok: true; number: number; relativePath: string; content: string; articles: number; sections: number } | { ok: false; reason: string };

export function newEditionFile(input: NewEditionInput): NewEdition {
  const start = startOfDay(input.from, input.timeZone).getTime();
  const end = startOfDay(input.to, input.timeZone).getTime() + 24 * 3600 * 1000;
  const chosen = input.articles
    .filter((article) => !article.draft && article.date.getTime() >= start && article.date.getTime() < end && article.date.getTime() <= input.now.getTime())
    .sort((a, b) => a.date.getTime() - b.date.getTime() || (a.id < b.id ? -1 : 1));
  if (chosen.length === 0) return { ok: false, reason: `không có bài nào đã đăng từ ${formatDayVi(input.from)} đến ${formatDayVi(input.to)}` };
  const last = [...input.previous].sort((a, b) => b.number - a.number)[0];
  const printRun = input.printRun ?? last?.printRun;
  const printer = input.printer ?? last?.printer;
  if (printRun === undefined || printer === undefined) {
    return { ok: false, reason: 'đây là số đầu tiên: hãy ghi số lượng in và nơi in, ví dụ --print-run 500 --printer "Công ty In Ví Dụ, Hà Nội"' };
  }
  const order = new Map(input.units.map((unit, i) => [unit.id, i]));
  const names = new Map(input.units.map((unit) => [unit.id, unit.name]));
  const byUnit = new Map<string, ArticleSummary[]>();
  for (const article of chosen) byUnit.set(article.unit, [...(byUnit.get(article.unit) ?? []), article]);
  const sections = [...byUnit]
    .sort(([a], [b]) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || (a < b ? -1 : 1))
    .map(([unit, articles]) => ({ title: names.get(unit) ?? unit, articles: articles.map((article) => article.id) }));
  const number = (last?.number ?? 0) + 1;
  const frontmatter = {
    number,
    date: input.date,
    period: input.period ?? periodName(input.from, input.to),
    sections,
    printRun,
    printer,
    draft: true,
  };
  const yaml = new Document(frontmatter).toString({ lineWidth: 0 });
  const titles = chosen.map((article) => `#   ${article.id}: ${article.title}`).join('\n');
  const body = `<!--\nLời tòa soạn (không bắt buộc): viết thay cho dòng chú thích này.\nCác bài đã chọn, theo thứ tự đăng:\n${titles.replace(/--/g, '- -')}\n-->\n`;
  return { ok: true, number, relativePath: `${number}.md`, content: `---\n${yaml}---\n\n${body}`, articles: chosen.length, sections: sections.length };
}
