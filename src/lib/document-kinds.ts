/**
 * Kinds of documents (thể loại văn bản) and the abbreviations their numbers carry, in the two systems a bulletin's
 * organisations write in:
 * - the Party's, as Hướng dẫn 36-HD/VPTW (2018) sets them: `35-CT/TW`, `11-QĐi/TW`, `594-QĐ/ĐU`;
 * - the State's, as Nghị định 30/2020/NĐ-CP (Phụ lục III) sets them for administrative documents (`123/QĐ-UBND`,
 *   `456/VPCP-KGVX` for a dispatch, which names no kind) and the law on legal normative documents for theirs
 *   (`42/2022/NĐ-CP`, `22/2023/TT-BTTTT`, `59/2020/QH14`).
 */
import { slugify } from './slug.ts';

export interface DocumentKind {
  /** as written in Vietnamese: `Chỉ thị` */
  name: string;
  /** abbreviation in a Party number (`35-CT/TW`); absent if the Party issues no such kind */
  party?: string;
  /** abbreviation in a State number (`123/QĐ-UBND`); `''` for the kinds whose number names no kind (công văn, luật) */
  state?: string;
  /** a State legal normative document: its number carries the year (`42/2022/NĐ-CP`); `only` when it always does */
  normative?: 'only' | 'may';
}

export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  { name: 'Cương lĩnh', party: 'CL' },
  { name: 'Điều lệ', party: 'ĐL' },
  { name: 'Nghị quyết', party: 'NQ', state: 'NQ', normative: 'may' },
  { name: 'Quyết định', party: 'QĐ', state: 'QĐ', normative: 'may' },
  { name: 'Chỉ thị', party: 'CT', state: 'CT' },
  { name: 'Kết luận', party: 'KL' },
  { name: 'Quy chế', party: 'QC', state: 'QC' },
  { name: 'Quy định', party: 'QĐi', state: 'QyĐ' },
  { name: 'Thông tri', party: 'TT' },
  { name: 'Hướng dẫn', party: 'HD', state: 'HD' },
  { name: 'Báo cáo', party: 'BC', state: 'BC' },
  { name: 'Kế hoạch', party: 'KH', state: 'KH' },
  { name: 'Quy hoạch', party: 'QH' },
  { name: 'Chương trình', party: 'CTr', state: 'CTr' },
  { name: 'Thông báo', party: 'TB', state: 'TB' },
  { name: 'Thông cáo', state: 'TC' },
  { name: 'Tờ trình', party: 'TTr', state: 'TTr' },
  { name: 'Đề án', party: 'ĐA', state: 'ĐA' },
  { name: 'Dự án', state: 'DA' },
  { name: 'Phương án', party: 'PA', state: 'PA' },
  { name: 'Biên bản', party: 'BB', state: 'BB' },
  { name: 'Công điện', party: 'CĐ', state: 'CĐ' },
  { name: 'Công văn', party: 'CV', state: '' },
  { name: 'Giấy mời', state: 'GM' },
  { name: 'Giấy giới thiệu', party: 'GGT', state: 'GGT' },
  { name: 'Giấy ủy quyền', state: 'GUQ' },
  { name: 'Hợp đồng', state: 'HĐ' },
  { name: 'Bản ghi nhớ', state: 'BGN' },
  { name: 'Bản thỏa thuận', state: 'BTT' },
  { name: 'Nghị định', state: 'NĐ', normative: 'only' },
  { name: 'Thông tư', state: 'TT', normative: 'only' },
  { name: 'Thông tư liên tịch', state: 'TTLT', normative: 'only' },
  { name: 'Nghị quyết liên tịch', state: 'NQLT', normative: 'only' },
  { name: 'Luật', state: '', normative: 'only' },
  { name: 'Bộ luật', state: '', normative: 'only' },
  { name: 'Pháp lệnh', state: '', normative: 'only' },
  { name: 'Lệnh', state: 'L', normative: 'only' },
];

const BY_SLUG = new Map(DOCUMENT_KINDS.map((kind) => [slugify(kind.name), kind]));

/** The kind an editor named, whatever its case or tone marks (`chi thi` → Chỉ thị); `undefined` if none. */
export function findKind(text: string): DocumentKind | undefined {
  return BY_SLUG.get(slugify(text));
}

/** Abbreviations compared as written or in any case: `QĐi` = `qđi`, never `QĐ`. */
const same = (a: string, b: string) => a.toUpperCase() === b.toUpperCase();

/** The kinds a Party abbreviation stands for (`TT` → Thông tri). */
export const partyKindsOf = (abbreviation: string) => DOCUMENT_KINDS.filter((kind) => kind.party !== undefined && same(kind.party, abbreviation));

/** The kinds a State abbreviation stands for (`TT` → Thông tư). */
export const stateKindsOf = (abbreviation: string) => DOCUMENT_KINDS.filter((kind) => kind.state && same(kind.state, abbreviation));

export const sameAbbreviation = same;
