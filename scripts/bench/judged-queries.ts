/**
 * The benchmark's judged queries: what readers type, with the articles (or the document) each one is looking for,
 * judged from the generated text itself. The judgement folds text its own simple way (tone marks and đ, case,
 * punctuation), independently of the search code it judges.
 */
import type { Archive, GeneratedArticle } from './generate-archive.ts';

export type QueryType = 'phrase-tones' | 'phrase-plain' | 'quoted' | 'name' | 'title' | 'document';

export interface JudgedQuery {
  type: QueryType;
  q: string;
  /** phrase queries: the articles holding the phrase (URLs) */
  relevant?: string[];
  /** remembered titles and document numbers: the one page the reader means */
  target?: string;
}

/** Folded the way a reader's query is matched: no tone marks, `đ` as `d`, lower case. */
export const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();

/** Runs of words that a phrase may span: a sentence (up to `.` `!` `?` `;` or `…` followed by a space) within one block. */
export function wordRuns(blocks: readonly string[]): string[][] {
  return blocks.flatMap((block) =>
    fold(block)
      .split(/[.!?;…](?:\s|$)/u)
      .map((sentence) => sentence.split(/[^\p{L}\p{N}]+/u).filter(Boolean)),
  );
}

const holds = (runs: readonly string[][], words: readonly string[]) =>
  runs.some((run) => {
    for (let i = 0; i + words.length <= run.length; i++) if (words.every((w, j) => run[i + j] === w)) return true;
    return false;
  });

const wordsOf = (text: string) => fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const blocksOf = (article: GeneratedArticle) => [article.title, article.lede, ...article.body];

/** Phrases typed with their tone marks, and others typed without. */
const PHRASES_TONES = ['đảng ủy', 'ban chấp hành', 'hội nghị trực tuyến', 'chuyển đổi số', 'phát triển đảng viên', 'ủy ban kiểm tra', 'huy hiệu đảng', 'tiếp công dân'];
const PHRASES_PLAIN = ['dang uy', 'dai hoi', 'cai cach hanh chinh', 'dich vu cong truc tuyen', 'sinh hoat chi bo', 'nong thon moi', 'giam ngheo ben vung', 'van hoa cong so'];
const QUOTED = ['"dang uy"', '"hội nghị trực tuyến"', '"ban chap hanh"', '"kiểm tra, giám sát"'];
/** People by how often the archive names them: the most named, and ever fewer. */
const PEOPLE_RANKS = [0, 3, 10, 40, 120];
const TITLES = 10;

/**
 * The `count` remembered titles: the first words of an article's title, as many (5 to 12) as it takes for no other
 * title to hold them; or, failing that, the fewest last words (5 to 12) that no other title holds.
 */
function rememberedTitles(articles: readonly GeneratedArticle[], count: number): JudgedQuery[] {
  const titles = articles.map((a) => [wordsOf(a.title)]);
  const queries: JudgedQuery[] = [];
  const step = Math.max(1, Math.floor(articles.length / (count * 2)));
  for (let i = 1; i < articles.length && queries.length < count; i += step) {
    const article = articles[i]!;
    const original = article.title.split(/\s+/).filter((w) => wordsOf(w).length === 1);
    const folded = original.map((w) => wordsOf(w)[0]!);
    const unique = (words: string[]) => titles.filter((t) => holds(t, words)).length === 1;
    let found: string[] | undefined;
    for (let length = 5; length <= Math.min(12, original.length) && !found; length++) if (unique(folded.slice(0, length))) found = original.slice(0, length);
    for (let length = 5; length <= Math.min(12, original.length) && !found; length++) if (unique(folded.slice(-length))) found = original.slice(-length);
    if (!found) continue;
    // Half are typed without tone marks, as many readers on phones do; punctuation is never typed.
    const typed = found.map((w) => w.replace(/[^\p{L}\p{N}]/gu, '')).join(' ').toLocaleLowerCase('vi');
    queries.push({ type: 'title', q: queries.length % 2 ? fold(typed) : typed, target: article.url });
  }
  return queries;
}

/** Ways readers type a document's number: as written, its parts in another order, `đ` as `d`. */
function numberQueries(archive: Archive): JudgedQuery[] {
  const first = (shape: RegExp) => archive.documents.find((d) => shape.test(d.number));
  const queries: JudgedQuery[] = [];
  const party = first(/^\d+-CT\/TW$/);
  if (party) {
    const [serial] = party.number.split('-');
    queries.push({ type: 'document', q: party.number, target: party.url }, { type: 'document', q: `ct ${serial}`, target: party.url });
  }
  const decree = first(/^\d+\/\d{4}\/NĐ-CP$/);
  if (decree) {
    const [serial, year] = decree.number.split('/');
    queries.push({ type: 'document', q: `nđ ${serial} ${year}`, target: decree.url }, { type: 'document', q: `nd ${serial} ${year}`, target: decree.url });
  }
  const decision = first(/^\d+\/QĐ-TTg$/);
  if (decision) queries.push({ type: 'document', q: decision.number.replace(/[/-]/g, ' ').toLowerCase(), target: decision.url });
  const rule = first(/^\d+-QĐi\/TW$/);
  if (rule) queries.push({ type: 'document', q: `quy dinh ${rule.number.split('-')[0]}`, target: rule.url });
  return queries;
}

/** The judged query set for an archive (at least 40 queries). */
export function judgedQueries(archive: Archive): JudgedQuery[] {
  const runs = archive.articles.map((article) => ({ url: article.url, runs: wordRuns(blocksOf(article)) }));
  const holding = (q: string) => {
    const words = wordsOf(q);
    return runs.filter((a) => holds(a.runs, words)).map((a) => a.url);
  };
  const phrase = (type: QueryType, q: string): JudgedQuery => ({ type, q, relevant: holding(q) });
  const names = PEOPLE_RANKS.map((rank) => archive.people[rank]!).map((name, i) => phrase('name', i % 2 ? name : fold(name)));
  return [
    ...PHRASES_TONES.map((q) => phrase('phrase-tones', q)),
    ...PHRASES_PLAIN.map((q) => phrase('phrase-plain', q)),
    ...QUOTED.map((q) => phrase('quoted', q)),
    ...names.filter((query) => query.relevant!.length > 0),
    ...rememberedTitles(archive.articles, TITLES),
    ...numberQueries(archive),
  ];
}
