/**
 * Document numbers (số ký hiệu): their forms in the Party's and the State's systems, whether a number fits the kind
 * it is given, and the forms readers type when they look one up. See document-kinds.ts for the abbreviations.
 */
import { partyKindsOf, sameAbbreviation, stateKindsOf, type DocumentKind } from './document-kinds.ts';

export interface ParsedNumber {
  system: 'party' | 'state';
  /** the serial number as written: `05` */
  serial: string;
  /** the year a State legal normative document's number carries: `2022` in `42/2022/NĐ-CP` */
  year?: number | undefined;
  /** the kind's abbreviation, if the number names one: `CT`, `NĐ` */
  kind?: string | undefined;
  /** what names the issuer: `TW`, `CP`, `VPCP-KGVX` */
  issuer: string;
}

export type NumberCheck = { ok: true; number: ParsedNumber } | { ok: false; reason: string };

const PART = '[\\p{L}\\d]+(?:-[\\p{L}\\d]+)*';
/** `35-CT/TW`, `11-QĐi/TW`, `594-QĐ/ĐU` */
const PARTY = new RegExp(`^(\\d+)-(\\p{L}+)/(${PART})$`, 'u');
/** `59/2020/QH14` (a law), `02/2022/UBTVQH15` (an ordinance) */
const LAW = /^(\d+)\/(\d{4})\/((?:UBTV)?QH\d+)$/u;
/** `42/2022/NĐ-CP`, `01/2021/TTLT-BTC-BNV` */
const NORMATIVE = new RegExp(`^(\\d+)/(\\d{4})/(\\p{L}+)-(${PART})$`, 'u');
/** `123/QĐ-UBND`, `456/VPCP-KGVX` (a dispatch), `78/UBND` */
const STATE = new RegExp(`^(\\d+)/(\\p{L}+)(?:-(${PART}))?$`, 'u');

/** The number with the spaces an editor or a scan may leave inside it removed: `35 - CT / TW` → `35-CT/TW`. */
export const tidyNumber = (number: string) => number.normalize('NFC').replace(/[\s\u00a0]+/g, '');

/** How a number of this kind is written, for messages. */
function example(kind: DocumentKind, serial = '123'): string {
  if (kind.state === '') return kind.normative ? `${serial}/2020/QH14` : `${serial}/VPCP-KGVX`;
  if (kind.state === undefined) return `${serial}-${kind.party}/TW`;
  if (kind.normative === 'only') return `${serial}/2022/${kind.state}-CP`;
  return kind.party ? `${serial}-${kind.party}/TW (của Đảng) hoặc ${serial}/${kind.state}-UBND (của Nhà nước)` : `${serial}/${kind.state}-UBND`;
}

const SHAPES = 'văn bản của Đảng viết như 35-CT/TW (số-tên loại/cơ quan ban hành), văn bản của Nhà nước như 123/QĐ-UBND, công văn như 456/VPCP-KGVX, văn bản quy phạm pháp luật như 42/2022/NĐ-CP';

function mismatch(abbreviation: string, others: DocumentKind[], kind: DocumentKind, serial: string): string {
  const owner = others.length ? `là của ${others.map((k) => k.name).join(' hoặc ')}` : 'không phải ký hiệu tên loại văn bản nào';
  return `ký hiệu "${abbreviation}" ${owner}, không khớp với loại "${kind.name}" (kind); ${kind.name} viết như ${example(kind, serial)}`;
}

/** Parse a number and check it against the kind it is given. */
export function checkNumber(raw: string, kind: DocumentKind): NumberCheck {
  const number = tidyNumber(raw);
  const party = PARTY.exec(number);
  if (party) {
    const [, serial, abbreviation, issuer] = party as unknown as [string, string, string, string];
    if (kind.party === undefined) return { ok: false, reason: `${kind.name} là văn bản của Nhà nước; số ký hiệu viết như ${example(kind, serial)}` };
    if (!sameAbbreviation(abbreviation, kind.party)) return { ok: false, reason: mismatch(abbreviation, partyKindsOf(abbreviation), kind, serial) };
    return { ok: true, number: { system: 'party', serial, kind: abbreviation, issuer } };
  }
  const law = LAW.exec(number);
  if (law) {
    const [, serial, year, issuer] = law as unknown as [string, string, string, string];
    if (kind.state !== '' || !kind.normative) {
      return { ok: false, reason: `số ký hiệu dạng ${number} là của luật, bộ luật hay pháp lệnh, không phải ${kind.name}; ${kind.name} viết như ${example(kind, serial)}` };
    }
    return { ok: true, number: { system: 'state', serial, year: Number(year), issuer } };
  }
  const normative = NORMATIVE.exec(number);
  if (normative) {
    const [, serial, year, abbreviation, issuer] = normative as unknown as [string, string, string, string, string];
    if (!kind.normative || kind.state === undefined) {
      return { ok: false, reason: `${kind.name} không phải văn bản quy phạm pháp luật, nên số ký hiệu không ghi năm; viết như ${example(kind, serial)}` };
    }
    if (!sameAbbreviation(abbreviation, kind.state)) return { ok: false, reason: mismatch(abbreviation, stateKindsOf(abbreviation), kind, serial) };
    return { ok: true, number: { system: 'state', serial, year: Number(year), kind: abbreviation, issuer } };
  }
  const state = STATE.exec(number);
  if (state) {
    const [, serial, first, rest] = state as unknown as [string, string, string, string | undefined];
    if (kind.normative === 'only') return { ok: false, reason: `${kind.name} là văn bản quy phạm pháp luật; số ký hiệu ghi cả năm ban hành, viết như ${example(kind, serial)}` };
    if (kind.state === undefined) return { ok: false, reason: `${kind.name} là văn bản của Đảng; số ký hiệu viết như ${example(kind, serial)}` };
    if (kind.state === '') {
      // A dispatch names its issuer and drafting unit, never a kind.
      const others = stateKindsOf(first);
      if (others.length) {
        return { ok: false, reason: `ký hiệu "${first}" là của ${others.map((k) => k.name).join(' hoặc ')}; công văn không ghi tên loại, viết như ${example(kind, serial)}` };
      }
      return { ok: true, number: { system: 'state', serial, issuer: rest ? `${first}-${rest}` : first } };
    }
    if (rest === undefined) return { ok: false, reason: `số ký hiệu thiếu tên cơ quan ban hành; ${kind.name} viết như ${example(kind, serial)}` };
    if (!sameAbbreviation(first, kind.state)) return { ok: false, reason: mismatch(first, stateKindsOf(first), kind, serial) };
    return { ok: true, number: { system: 'state', serial, kind: first, issuer: rest } };
  }
  return { ok: false, reason: `"${raw}" chưa đúng dạng số ký hiệu: ${SHAPES}` };
}

/**
 * The form numbers are compared in (citations, duplicates): no spaces, upper case, the serial without leading
 * zeros. `05-CT/TW` and `5-ct/tw` are the same number; `11-QĐi/TW` is `11-QĐI/TW`.
 */
export function numberKey(number: string): string {
  return tidyNumber(number).toUpperCase().replace(/^0+(?=\d)/, '');
}

/**
 * Words that let a reader find a number however it is typed (`35-CT/TW`, `35/CT-TW`, `35 CT TW`, `ct 35`,
 * `nđ 42 2022`, `nd 42 2022`): its parts in lower case, `đ` also written `d`, and the parts run together both ways.
 */
export function numberSearchTerms(number: string): string[] {
  const parts = tidyNumber(number).toLowerCase().split(/[^\p{L}\d]+/u).filter(Boolean);
  const serial = parts[0]?.replace(/^0+(?=\d)/, '') ?? '';
  const rest = parts.slice(1);
  const joined = [parts.join(''), `${serial}${rest.join('')}`, `${rest.join('')}${serial}`, ...rest.map((part) => `${part}${serial}`), ...rest.map((part) => `${serial}${part}`)];
  const words = [...parts, serial, ...joined];
  return [...new Set([...words, ...words.map((word) => word.replace(/đ/g, 'd'))])];
}
