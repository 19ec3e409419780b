import { describe, expect, it } from 'vitest';
import { findKind } from '../../../src/lib/document-kinds.ts';
import { checkNumber, numberKey, numberSearchTerms } from '../../../src/lib/document-number.ts';

const check = (number: string, kind: string) => {
  const found = findKind(kind);
  if (!found) throw new Error(`no kind ${kind}`);
  return checkNumber(number, found);
};
const reason = (number: string, kind: string) => {
  const result = check(number, kind);
  return result.ok ? undefined : result.reason;
};

describe('findKind', () => {
  it('knows a kind however it is typed', () => {
    expect(findKind('chỉ thị')?.name).toBe('Chỉ thị');
    expect(findKind('CHI THI')?.name).toBe('Chỉ thị');
    expect(findKind('Thông tư liên tịch')?.name).toBe('Thông tư liên tịch');
    expect(findKind('Thư ngỏ')).toBeUndefined();
  });
});

describe('checkNumber: the Party’s numbers (Hướng dẫn 36-HD/VPTW)', () => {
  it.each([
    ['35-CT/TW', 'Chỉ thị'],
    ['11-QĐi/TW', 'Quy định'],
    ['594-QĐ/ĐU', 'Quyết định'],
    ['55-KH/TU', 'Kế hoạch'],
    ['36-HD/VPTW', 'Hướng dẫn'],
    ['12-TT/TW', 'Thông tri'],
    ['1234-CV/TU', 'Công văn'],
    ['35 - CT / TW', 'Chỉ thị'],
  ])('%s is a %s', (number, kind) => {
    expect(check(number, kind)).toMatchObject({ ok: true, number: { system: 'party' } });
  });

  it('parses the serial, the kind and the issuer', () => {
    expect(check('05-CT/TW', 'Chỉ thị')).toEqual({ ok: true, number: { system: 'party', serial: '05', kind: 'CT', issuer: 'TW' } });
  });

  it('refuses an abbreviation that contradicts the kind, naming the kind it belongs to', () => {
    expect(reason('35-KH/TW', 'Chỉ thị')).toBe('ký hiệu "KH" là của Kế hoạch, không khớp với loại "Chỉ thị" (kind); Chỉ thị viết như 35-CT/TW (của Đảng) hoặc 35/CT-UBND (của Nhà nước)');
    // Quyết định (QĐ) and Quy định (QĐi) differ by one letter.
    expect(reason('11-QĐ/TW', 'Quy định')).toMatch(/^ký hiệu "QĐ" là của Quyết định, không khớp với loại "Quy định"/);
    expect(reason('11-XY/TW', 'Quy định')).toMatch(/^ký hiệu "XY" không phải ký hiệu tên loại văn bản nào/);
  });

  it('refuses a Party number for a kind only the State issues', () => {
    expect(reason('42-NĐ/TW', 'Nghị định')).toBe('Nghị định là văn bản của Nhà nước; số ký hiệu viết như 42/2022/NĐ-CP');
  });
});

describe('checkNumber: the State’s numbers (Nghị định 30/2020/NĐ-CP and legal normative documents)', () => {
  it.each([
    ['42/2022/NĐ-CP', 'Nghị định'],
    ['22/2023/TT-BTTTT', 'Thông tư'],
    ['15/2020/QĐ-TTg', 'Quyết định'],
    ['123/QĐ-UBND', 'Quyết định'],
    ['53/NQ-CP', 'Nghị quyết'],
    ['456/VPCP-KGVX', 'Công văn'],
    ['78/UBND', 'Công văn'],
    ['59/2020/QH14', 'Luật'],
    ['02/2022/UBTVQH15', 'Pháp lệnh'],
    ['10/TB-VPCP', 'Thông báo'],
    ['01/2021/TTLT-BTC-BNV', 'Thông tư liên tịch'],
  ])('%s is a %s', (number, kind) => {
    expect(check(number, kind)).toMatchObject({ ok: true, number: { system: 'state' } });
  });

  it('reads the year of a legal normative document', () => {
    expect(check('42/2022/NĐ-CP', 'Nghị định')).toEqual({ ok: true, number: { system: 'state', serial: '42', year: 2022, kind: 'NĐ', issuer: 'CP' } });
  });

  it('refuses what contradicts the kind', () => {
    expect(reason('42/2022/TT-CP', 'Nghị định')).toMatch(/^ký hiệu "TT" là của Thông tư, không khớp với loại "Nghị định"/);
    expect(reason('42/NĐ-CP', 'Nghị định')).toBe('Nghị định là văn bản quy phạm pháp luật; số ký hiệu ghi cả năm ban hành, viết như 42/2022/NĐ-CP');
    expect(reason('12/2021/CT-TTg', 'Chỉ thị')).toBe('Chỉ thị không phải văn bản quy phạm pháp luật, nên số ký hiệu không ghi năm; viết như 12-CT/TW (của Đảng) hoặc 12/CT-UBND (của Nhà nước)');
    expect(reason('456/QĐ-UBND', 'Công văn')).toBe('ký hiệu "QĐ" là của Quyết định; công văn không ghi tên loại, viết như 456/VPCP-KGVX');
    expect(reason('123/VPCP-KGVX', 'Quyết định')).toMatch(/^ký hiệu "VPCP" không phải ký hiệu tên loại văn bản nào/);
    expect(reason('59/2020/QH14', 'Nghị quyết')).toMatch(/^số ký hiệu dạng 59\/2020\/QH14 là của luật, bộ luật hay pháp lệnh/);
    expect(reason('123/QĐ', 'Quyết định')).toMatch(/^số ký hiệu thiếu tên cơ quan ban hành/);
  });

  it('explains the shapes of a number it cannot read', () => {
    expect(reason('CT-35', 'Chỉ thị')).toMatch(/^"CT-35" chưa đúng dạng số ký hiệu: văn bản của Đảng viết như 35-CT\/TW/);
  });
});

describe('numberKey', () => {
  it('compares numbers without spaces, case or leading zeros', () => {
    expect(numberKey('05-CT/TW')).toBe(numberKey('5 - ct/tw'));
    expect(numberKey('11-QĐi/TW')).toBe('11-QĐI/TW');
    expect(numberKey('35-CT/TW')).not.toBe(numberKey('35/CT-TW'));
  });
});

describe('numberSearchTerms', () => {
  it('gives the parts, đ as d, and the parts run together', () => {
    const terms = numberSearchTerms('42/2022/NĐ-CP');
    expect(terms).toEqual(expect.arrayContaining(['42', '2022', 'nđ', 'nd', 'cp', 'nđ42', 'nd42', '422022nđcp']));
    expect(numberSearchTerms('05-CT/TW')).toEqual(expect.arrayContaining(['05', '5', 'ct', 'tw', 'ct5', '5ct']));
  });
});
