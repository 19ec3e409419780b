import { toZonedIso } from '../../src/lib/dates.ts';
import { slugify } from '../../src/lib/slug.ts';
import { registryFileText } from '../../src/lib/registry-file.ts';
import { markdownFileText } from '../../src/lib/frontmatter-text.ts';
import { rootPaths } from '../../src/lib/paths.ts';
import { figureHtml } from '../import/to-markdown.ts';
import { createRandom } from './random.ts';
import {
  ADJECTIVES, EVENTS, GIVEN_NAMES, MIDDLE_NAMES, ORGANISATIONS, PLACES, ROLES, ROMAN, SCOPES, SURNAMES, TOPICS, VERBS,
} from './vocabulary.ts';

/** Text to build articles from: the paragraphs, captions and subheadings of the sample articles. */
export interface TextPool {
  paragraphs: string[];
  captions: string[];
  headings: string[];
}

export interface GeneratedFile {
  /** Path under the content folder */
  path: string;
  content: string;
}

/** What a reader can find of a generated article: its address and the text its page shows, block by block. */
export interface GeneratedArticle {
  url: string;
  date: Date;
  title: string;
  lede: string;
  /** the body's blocks as the page shows them: paragraphs, subheadings, captions with their credit */
  body: string[];
}

export interface GeneratedDocument {
  url: string;
  number: string;
  title: string;
}

export interface Archive {
  files: GeneratedFile[];
  articles: GeneratedArticle[];
  documents: GeneratedDocument[];
  /** the people the articles name, most often named first */
  people: string[];
}

const UNITS = [
  { id: 'van-phong-chinh-phu', name: 'Văn phòng Chính phủ' },
  { id: 'dang-uy-van-phong-chinh-phu', name: 'Đảng ủy Văn phòng Chính phủ', parent: 'van-phong-chinh-phu' },
  { id: 'chi-bo-vu-khoa-giao-van-xa', name: 'Chi bộ Vụ Khoa giáo-Văn xã', parent: 'dang-uy-van-phong-chinh-phu' },
  { id: 'chi-bo-vu-tong-hop', name: 'Chi bộ Vụ Tổng hợp', parent: 'dang-uy-van-phong-chinh-phu' },
  { id: 'chi-bo-vu-phap-luat', name: 'Chi bộ Vụ Pháp luật', parent: 'dang-uy-van-phong-chinh-phu' },
  { id: 'van-phong-tinh-uy-dong-nai', name: 'Văn phòng Tỉnh ủy Đồng Nai' },
  { id: 'phong-tong-hop-van-phong-tinh-uy', name: 'Phòng Tổng hợp Văn phòng Tỉnh ủy', parent: 'van-phong-tinh-uy-dong-nai' },
  { id: 'huyen-uy-long-thanh', name: 'Huyện ủy Long Thành', parent: 'van-phong-tinh-uy-dong-nai' },
  { id: 'van-phong-tinh-uy-binh-duong', name: 'Văn phòng Tỉnh ủy Bình Dương' },
  { id: 'dang-uy-khoi-co-quan', name: 'Đảng ủy Khối các cơ quan tỉnh', parent: 'van-phong-tinh-uy-binh-duong' },
];

const AUTHORS = [
  'Nhật Thy', 'Gia Huy', 'Phương Hằng', 'Quang Hiếu', 'Minh Khôi', 'Đức Anh', 'Thanh Hải', 'Thu Trang', 'Hoàng Long',
  'Ngọc Diệp', 'Văn Đức', 'Bảo Châu', 'Khánh Linh', 'Đình Nam', 'Hữu Phước', 'Mai Anh', 'Trọng Đạt', 'Lan Hương',
];

const TAGS = [
  'COVID-19', 'Xây dựng Đảng', 'Công tác tham mưu', 'Công tác văn phòng cấp ủy', 'Chuyển đổi số', 'Cải cách hành chính',
  'Kiểm tra, giám sát', 'Đại hội Đảng', 'Thi đua khen thưởng', 'Văn thư lưu trữ', 'Tổ chức cán bộ', 'Tuyên truyền',
];
const LOCATIONS = ['Hà Nội', 'Biên Hòa', 'Thủ Dầu Một', undefined, undefined];
const PERIODS = ['quý I', 'quý II', '6 tháng đầu năm', '9 tháng', 'năm', 'nhiệm kỳ'];

const STANDING_PAGES = [
  ['gioi-thieu', 'Giới thiệu'],
  ['lien-he', 'Liên hệ'],
  ['chinh-sach-su-dung', 'Chính sách sử dụng'],
] as const;

/** Kinds of documents with how each issuer numbers them (`{n}` the serial, `{y}` the year). */
const DOCUMENT_FORMS = [
  { kind: 'Chỉ thị', issuer: 'Ban Bí thư', number: '{n}-CT/TW' },
  { kind: 'Chỉ thị', issuer: 'Tỉnh ủy Đồng Nai', number: '{n}-CT/TU' },
  { kind: 'Nghị quyết', issuer: 'Bộ Chính trị', number: '{n}-NQ/TW' },
  { kind: 'Nghị quyết', issuer: 'Chính phủ', number: '{n}/NQ-CP' },
  { kind: 'Kết luận', issuer: 'Bộ Chính trị', number: '{n}-KL/TW' },
  { kind: 'Quy định', issuer: 'Ban Chấp hành Trung ương', number: '{n}-QĐi/TW' },
  { kind: 'Hướng dẫn', issuer: 'Ban Tổ chức Trung ương', number: '{n}-HD/BTCTW' },
  { kind: 'Kế hoạch', issuer: 'Tỉnh ủy Đồng Nai', number: '{n}-KH/TU' },
  { kind: 'Kế hoạch', issuer: 'Ủy ban nhân dân tỉnh Đồng Nai', number: '{n}/KH-UBND' },
  { kind: 'Quyết định', issuer: 'Thủ tướng Chính phủ', number: '{n}/QĐ-TTg' },
  { kind: 'Nghị định', issuer: 'Chính phủ', number: '{n}/{y}/NĐ-CP' },
  { kind: 'Thông tư', issuer: 'Bộ Nội vụ', number: '{n}/{y}/TT-BNV' },
  { kind: 'Công văn', issuer: 'Văn phòng Chính phủ', number: '{n}/VPCP-KGVX' },
] as const;

const FIRST = Date.UTC(2011, 0, 1);
const LAST = Date.UTC(2025, 11, 31);
const TIME_ZONE = 'Asia/Ho_Chi_Minh';

type Random = ReturnType<typeof createRandom>;

const cap = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

/** An item early in the list more often than a late one (a few subjects and people make most of the news). */
const skewed = <T>(random: Random, items: readonly T[]): T => items[Math.floor(items.length * random.next() ** 2)]!;

interface Person {
  name: string;
  role: string;
}

/** A fixed cast of people, each with one role, most frequently named first. */
function castOfPeople(random: Random, count: number): Person[] {
  const names = new Set<string>();
  const people: Person[] = [];
  while (people.length < count) {
    const name = `${random.pick(SURNAMES)} ${random.pick(MIDDLE_NAMES)} ${random.pick(GIVEN_NAMES)}`;
    if (names.has(name)) continue;
    names.add(name);
    people.push({ name, role: random.pick(ROLES) });
  }
  return people;
}

interface Cited {
  kind: string;
  number: string;
  issuer: string;
  issued: Date;
}

/** What one article is about: the pieces its sentences are made of. */
interface Subject {
  random: Random;
  year: number;
  topic: string;
  topics: string[];
  organisation: string;
  /** other bodies the article names */
  organisations: string[];
  event: string;
  place: string;
  people: Person[];
  cited: Cited | undefined;
}

/** A sentence of the article: most name only the article's own subjects; a few carry set phrases of their own. */
function sentence(s: Subject): string {
  const { random: r } = s;
  const topic = r.next() < 0.6 ? s.topic : r.pick(s.topics);
  const other = r.pick(s.topics);
  const person = r.pick(s.people);
  const organisation = r.next() < 0.75 ? s.organisation : r.pick(s.organisations);
  const verb = r.pick(VERBS);
  const n = r.int(2, 180);
  const day = `${r.int(1, 28)}-${r.int(1, 12)}`;
  const common = [
    () => `${r.pick(['Sáng', 'Chiều', 'Ngày'])} ${day}, ${organisation} đã ${verb} ${topic}.`,
    () => `Phát biểu chỉ đạo tại ${s.event}, đồng chí ${person.name}, ${person.role}, đề nghị các cấp ủy, tổ chức đảng tiếp tục ${verb} ${topic}, bảo đảm ${r.pick(ADJECTIVES)}.`,
    () => `Theo báo cáo, trong ${r.pick(PERIODS)} ${s.year}, ${organisation} đã ${verb} ${topic}, đạt ${r.int(60, 100)}% kế hoạch đề ra.`,
    () => `Bên cạnh kết quả đạt được, ${topic} vẫn còn một số hạn chế, nhất là ${other}.`,
    () => `Dịp này, ${organisation} đã trao tặng Bằng khen cho ${n} tập thể và ${r.int(3, 90)} cá nhân có thành tích xuất sắc trong ${topic}.`,
    () => `Đồng chí ${person.name} yêu cầu ${r.pick(s.organisations)} tập trung ${verb} ${topic}, gắn với ${other}.`,
    () => `Tham dự ${s.event} có đồng chí ${person.name}, ${person.role}; đại diện lãnh đạo ${r.pick(s.organisations)} và ${r.pick(SCOPES)}.`,
    () => `${cap(s.event)} được kết nối trực tuyến đến ${r.int(5, 170)} điểm cầu tại ${r.pick(SCOPES)}.`,
    () => `Các đại biểu đã thảo luận, đóng góp ý kiến về những giải pháp nâng cao hiệu quả ${topic} trong thời gian tới.`,
    () => `Tại ${s.place}, việc ${verb} ${topic} đã tạo chuyển biến rõ nét trong nhận thức và hành động của cán bộ, đảng viên.`,
    () => `Năm ${s.year}, ${organisation} phấn đấu ${verb} ${topic} với ${r.int(3, 25)} chỉ tiêu cụ thể.`,
    () => `Theo đồng chí ${person.name}, ${topic} là nhiệm vụ trọng tâm, thường xuyên của cả hệ thống chính trị.`,
    () => `${cap(r.pick(SCOPES))} đã chủ động xây dựng kế hoạch, phân công nhiệm vụ cụ thể cho từng tập thể, cá nhân.`,
    () => `Qua ${s.event}, ${n} đảng viên được đánh giá hoàn thành xuất sắc nhiệm vụ.`,
    () => `Cấp ủy các cấp đã lãnh đạo, chỉ đạo ${verb} ${topic} ${r.pick(ADJECTIVES)}.`,
    () => `Đồng chí ${person.name} ghi nhận, biểu dương những kết quả mà ${organisation} đạt được trong ${r.pick(PERIODS)} qua.`,
    () => `Trong thời gian tới, ${organisation} sẽ tiếp tục ${verb} ${topic}; chú trọng ${other}.`,
    () =>
      s.cited
        ? `Thực hiện ${s.cited.kind} số ${s.cited.number} của ${s.cited.issuer}, ${organisation} đã ban hành kế hoạch ${verb} ${topic}.`
        : `${cap(organisation)} đã ban hành kế hoạch ${verb} ${topic} năm ${s.year}.`,
  ];
  const rare = [
    () => `Hội nghị cũng thông qua quy chế làm việc của Ban Chấp hành nhiệm kỳ ${s.year - (s.year % 5)}-${s.year - (s.year % 5) + 5}.`,
    () => `Ban Thường vụ Đảng ủy đã ban hành ${r.int(2, 12)} nghị quyết chuyên đề về ${topic}.`,
    () => `Ngay sau ${s.event}, ${organisation} đã tổ chức ${r.int(2, 15)} đoàn kiểm tra tại ${r.pick(SCOPES)}.`,
    () => `Tính đến nay, ${r.int(40, 99)}% thủ tục hành chính được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình.`,
    () => `Đại hội đã bầu Ban Chấp hành gồm ${r.int(9, 55)} đồng chí; đồng chí ${person.name} được bầu làm Bí thư.`,
    () => `Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra đã thông báo kết quả giám sát tại ${r.int(3, 30)} tổ chức đảng.`,
    () => `Ủy ban nhân dân ${s.place} đã giải quyết ${n * 7} hồ sơ đúng hạn, đạt tỷ lệ ${r.int(85, 100)}%.`,
    () => `Đảng bộ ${s.place} hiện có ${r.int(12, 90)} tổ chức cơ sở đảng với ${n * 13} đảng viên.`,
  ];
  return r.next() < 0.04 ? r.pick(rare)() : r.pick(common)();
}

function title(s: Subject, random: Random): string {
  const { topic, organisation, place } = s;
  const person = s.people[0]!;
  const forms = [
    () => `${organisation} ${random.pick(VERBS)} ${topic} ${random.pick(PERIODS)} ${s.year}`,
    () => `${cap(place)}: ${random.pick(VERBS)} ${topic}`,
    () => `${cap(s.event)} về ${topic} tại ${place}`,
    () => `Đồng chí ${person.name} làm việc với ${organisation}`,
    () => `${cap(random.pick(VERBS))} ${topic} gắn với ${random.pick(s.topics)}`,
    () => `${organisation} tổ chức ${s.event} về ${topic}`,
    () => `Khai mạc ${s.event} ${topic} năm ${s.year}`,
    () => `${person.name}: ${cap(topic)} là nhiệm vụ trọng tâm`,
    () => `${cap(place)} ${random.pick(VERBS)} ${topic} trong quý ${random.pick(ROMAN)}/${s.year}`,
  ];
  for (;;) {
    const text = random.pick(forms)();
    if (text.length <= 100) return text;
  }
}

function lede(s: Subject, random: Random): string {
  const first = `${random.pick(['Sáng', 'Chiều', 'Ngày'])} ${random.int(1, 28)}-${random.int(1, 12)}, ${s.organisation} đã tổ chức ${s.event} về ${s.topic}.`;
  for (let i = 0; i < 5; i++) {
    const text = `${first} ${sentence(s)}`;
    if (text.length <= 290) return text;
  }
  return first;
}

/** Documents issued over the archive's years, with numbers of every common shape, oldest first. */
function generateDocuments(random: Random, count: number): (Cited & { id: string; summary: string })[] {
  const serials = new Set<string>();
  const documents: (Cited & { id: string; summary: string })[] = [];
  while (documents.length < count) {
    const form = random.pick(DOCUMENT_FORMS);
    const issued = new Date(FIRST + Math.floor(random.next() * (LAST - FIRST)));
    const year = Number(toZonedIso(issued, TIME_ZONE).slice(0, 4));
    const number = form.number.replace('{n}', String(random.int(1, 250))).replace('{y}', String(year));
    const key = `${number}|${year}`;
    if (serials.has(number) || serials.has(key)) continue;
    serials.add(number);
    const summary = `Về ${random.pick(VERBS)} ${skewed(random, TOPICS)}`;
    documents.push({ id: slugify(number.replace(/\//g, '-')), kind: form.kind, number, issuer: form.issuer, issued, summary });
  }
  return documents.sort((a, b) => a.issued.getTime() - b.issued.getTime());
}

/**
 * A deterministic archive of `count` articles (and about one document per 50 articles) in bantin's own format:
 * Vietnamese administrative news written from a vocabulary of organisations, topics, events, people and places,
 * with now and then a paragraph of the sample articles; dates over 15 years; ten units in a hierarchy and eighteen
 * authors. Articles differ in what they say: a phrase is held by a few articles or by thousands, and many articles
 * hold a phrase's syllables apart (Đảng viên … Ủy ban) without the phrase.
 */
export function generateArchive(count: number, pool: TextPool, seed = 20260101): Archive {
  const random = createRandom(seed);
  const authors = AUTHORS.map((name) => ({ id: slugify(name), name }));
  const people = castOfPeople(random, 400);
  const documents = generateDocuments(random, Math.max(8, Math.round(count / 50)));
  const files: GeneratedFile[] = [
    { path: 'units.yaml', content: registryFileText('units', UNITS) },
    { path: 'authors.yaml', content: registryFileText('authors', authors) },
    // The standing pages the site configuration links (navPages, footerPages).
    ...STANDING_PAGES.map(([id, name]) => ({ path: `pages/${id}.md`, content: markdownFileText({ title: name }, pool.paragraphs[0]) })),
  ];
  for (const document of documents) {
    const front = { number: document.number, kind: document.kind, issuer: document.issuer, issued: toZonedIso(document.issued, TIME_ZONE).slice(0, 10), summary: document.summary };
    files.push({ path: `documents/${document.id}.md`, content: markdownFileText(front) });
  }
  const articles: GeneratedArticle[] = [];
  for (let i = 0; i < count; i++) {
    const date = new Date(FIRST + Math.floor(random.next() * (LAST - FIRST)));
    const iso = toZonedIso(date, TIME_ZONE);
    const year = Number(iso.slice(0, 4));
    const earlier = documents.filter((d) => d.issued < date);
    const subject: Subject = {
      random,
      year,
      topic: skewed(random, TOPICS),
      topics: [skewed(random, TOPICS), skewed(random, TOPICS), random.pick(TOPICS)],
      organisation: skewed(random, ORGANISATIONS),
      organisations: [skewed(random, ORGANISATIONS), skewed(random, ORGANISATIONS), random.pick(ORGANISATIONS)],
      event: random.pick(EVENTS),
      place: random.pick(PLACES),
      people: Array.from({ length: random.int(1, 3) }, () => skewed(random, people)),
      cited: earlier.length && random.next() < 0.3 ? random.pick(earlier) : undefined,
    };
    const heading = title(subject, random);
    const summary = lede(subject, random);
    const blocks: string[] = [];
    const text: string[] = [];
    const paragraphs = random.int(5, 14);
    for (let p = 0; p < paragraphs; p++) {
      if (p === 0 || random.next() < 0.08) {
        const person = random.pick(subject.people);
        const caption = random.next() < 0.3 ? random.pick(pool.captions) : `Đồng chí ${person.name}, ${person.role} phát biểu tại ${subject.event}.`;
        const credit = `Ảnh: ${random.pick(AUTHORS)}`;
        blocks.push(figureHtml(caption, credit));
        text.push(`${caption} ${credit}`);
      }
      if (p > 2 && random.next() < 0.1) {
        const sub = `${cap(random.pick(VERBS))} ${random.pick(subject.topics)}`;
        blocks.push(`## ${sub}`);
        text.push(sub);
      }
      const paragraph = random.next() < 0.03 ? random.pick(pool.paragraphs) : Array.from({ length: random.int(2, 4) }, () => sentence(subject)).join(' ');
      blocks.push(paragraph);
      text.push(paragraph);
    }
    const front: Record<string, unknown> = {
      title: heading,
      date: iso,
      author: random.next() < 0.1 ? random.sample(authors, 2).map((a) => a.id) : random.pick(authors).id,
      unit: random.pick(UNITS).id,
      lede: summary,
    };
    const location = random.pick(LOCATIONS);
    if (location) front.location = location;
    front.tags = random.sample(TAGS, random.int(1, 3));
    const slug = `${slugify(heading)}-${String(i + 1).padStart(5, '0')}`;
    files.push({ path: `articles/${year}/${slug}.md`, content: markdownFileText(front, blocks.join('\n\n')) });
    articles.push({ url: rootPaths.article(`${year}/${slug}`), date, title: heading, lede: summary, body: text });
  }
  return {
    files,
    articles,
    documents: documents.map((d) => ({ url: rootPaths.document(d.id), number: d.number, title: d.summary })),
    people: people.map((p) => p.name),
  };
}
