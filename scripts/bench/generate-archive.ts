import { Document } from 'yaml';
import { toZonedIso } from '../../src/lib/dates.ts';
import { slugify } from '../../src/lib/slug.ts';
import { registryFileText } from '../../src/lib/registry-file.ts';
import { figureHtml } from '../import/to-markdown.ts';
import { createRandom } from './random.ts';

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

const OPENINGS = ['Hội nghị', 'Tập trung', 'Đẩy mạnh', 'Nâng cao chất lượng', 'Triển khai', 'Sơ kết', 'Tổng kết', 'Đổi mới', 'Tăng cường', 'Kiện toàn'];
const SUBJECTS = [
  'công tác tham mưu, phục vụ cấp ủy', 'công tác xây dựng Đảng', 'phòng, chống dịch COVID-19', 'chuyển đổi số trong văn phòng',
  'công tác văn thư, lưu trữ', 'cải cách hành chính', 'công tác kiểm tra, giám sát', 'học tập và làm theo tư tưởng, đạo đức Hồ Chí Minh',
  'công tác thông tin, tuyên truyền', 'quy chế làm việc', 'công tác tổ chức cán bộ', 'thực hiện mục tiêu kép',
];
const PERIODS = ['quý I', 'quý II', '6 tháng đầu năm', '9 tháng', 'năm', 'nhiệm kỳ'];
const TAGS = [
  'COVID-19', 'Xây dựng Đảng', 'Công tác tham mưu', 'Công tác văn phòng cấp ủy', 'Chuyển đổi số', 'Cải cách hành chính',
  'Kiểm tra, giám sát', 'Đại hội Đảng', 'Thi đua khen thưởng', 'Văn thư lưu trữ', 'Tổ chức cán bộ', 'Tuyên truyền',
];
const LOCATIONS = ['Hà Nội', 'Biên Hòa', 'Thủ Dầu Một', undefined, undefined];

const STANDING_PAGES = [
  ['gioi-thieu', 'Giới thiệu'],
  ['lien-he', 'Liên hệ'],
  ['chinh-sach-su-dung', 'Chính sách sử dụng'],
] as const;

const FIRST = Date.UTC(2011, 0, 1);
const LAST = Date.UTC(2025, 11, 31);

/**
 * A deterministic archive of `count` articles in bantin's own format: realistic Vietnamese text from the sample
 * articles, varied titles, dates over 15 years, ten units in a hierarchy and eighteen authors.
 */
export function generateArchive(count: number, pool: TextPool, seed = 20260101): GeneratedFile[] {
  const random = createRandom(seed);
  const authors = AUTHORS.map((name) => ({ id: slugify(name), name }));
  const files: GeneratedFile[] = [
    { path: 'units.yaml', content: registryFileText('units', UNITS) },
    { path: 'authors.yaml', content: registryFileText('authors', authors) },
    // The standing pages the site configuration links (navPages, footerPages).
    ...STANDING_PAGES.map(([id, title]) => ({ path: `pages/${id}.md`, content: `---\ntitle: ${title}\n---\n\n${pool.paragraphs[0]}\n` })),
  ];
  for (let i = 0; i < count; i++) {
    const date = new Date(FIRST + Math.floor(random.next() * (LAST - FIRST)));
    const iso = toZonedIso(date, 'Asia/Ho_Chi_Minh');
    const year = Number(iso.slice(0, 4));
    const title = `${random.pick(OPENINGS)} ${random.pick(SUBJECTS)} ${random.pick(PERIODS)} ${year}`;
    const blocks: string[] = [];
    const paragraphs = random.int(6, 18);
    for (let p = 0; p < paragraphs; p++) {
      if (p === 0 || random.next() < 0.08) {
        const caption = random.pick(pool.captions);
        blocks.push(figureHtml(caption, `Ảnh: ${random.pick(AUTHORS)}`));
      }
      if (p > 2 && random.next() < 0.1) blocks.push(`## ${random.pick(pool.headings)}`);
      blocks.push(random.pick(pool.paragraphs));
    }
    const front: Record<string, unknown> = {
      title,
      date: iso,
      author: random.next() < 0.1 ? random.sample(authors, 2).map((a) => a.id) : random.pick(authors).id,
      unit: random.pick(UNITS).id,
      lede: random.pick(pool.paragraphs).slice(0, 280),
    };
    const location = random.pick(LOCATIONS);
    if (location) front.location = location;
    front.tags = random.sample(TAGS, random.int(1, 3));
    const yaml = new Document(front).toString({ lineWidth: 0 });
    files.push({
      path: `articles/${year}/${slugify(title)}-${String(i + 1).padStart(5, '0')}.md`,
      content: `---\n${yaml}---\n\n${blocks.join('\n\n')}\n`,
    });
  }
  return files;
}
