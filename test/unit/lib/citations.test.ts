import { describe, expect, it } from 'vitest';
import { citationFinder } from '../../../src/lib/citations.ts';

const find = citationFinder([
  { id: '35-ct-tw', kind: 'Chỉ thị', number: '35-CT/TW' },
  { id: '11-qdi-tw', kind: 'Quy định', number: '11-QĐi/TW' },
  { id: '42-2022-nd-cp', kind: 'Nghị định', number: '42/2022/NĐ-CP' },
  { id: '05-ct-tw', kind: 'Chỉ thị', number: '05-CT/TW' },
  { id: 'dong-nai', kind: 'Quyết định', number: '123/QĐ-UBND' },
  { id: 'binh-duong', kind: 'Quyết định', number: '123/QĐ-UBND' },
  { id: 'tt-lien-tich', kind: 'Thông tư liên tịch', number: '01/2021/TTLT-BTC-BNV' },
]);
const cited = (text: string) => find(text).map(({ start, end, id }) => [text.slice(start, end), id]);

describe('citationFinder', () => {
  it.each([
    ['Chỉ thị số 35-CT/TW ngày 30/5/2019', 'Chỉ thị số 35-CT/TW'],
    ['theo Chỉ thị 35-CT/TW của Bộ Chính trị', 'Chỉ thị 35-CT/TW'],
    ['theo Quy định 11-QĐi/TW ngày 18-2-2019', 'Quy định 11-QĐi/TW'],
    ['Chỉ thị  số\u00a035 - CT/TW,', 'Chỉ thị  số\u00a035 - CT/TW'],
    ['CHỈ THỊ SỐ 35-CT/TW', 'CHỈ THỊ SỐ 35-CT/TW'],
    ['Nghị định số 42/2022/NĐ-CP.', 'Nghị định số 42/2022/NĐ-CP'],
    ['(Chỉ thị 5-CT/TW)', 'Chỉ thị 5-CT/TW'],
  ])('finds %j', (text, mention) => {
    expect(cited(text)[0]?.[0]).toBe(mention);
  });

  it('finds every mention in a text, in order', () => {
    expect(cited('Quy định 11-QĐi/TW và Chỉ thị 05-CT/TW; lại Quy định 11-QĐi/TW')).toEqual([
      ['Quy định 11-QĐi/TW', '11-qdi-tw'],
      ['Chỉ thị 05-CT/TW', '05-ct-tw'],
      ['Quy định 11-QĐi/TW', '11-qdi-tw'],
    ]);
  });

  it('stops at the end of the number when punctuation follows it', () => {
    expect(cited('Chỉ thị 35-CT/TW - ngày 30/5/2019')).toEqual([['Chỉ thị 35-CT/TW', '35-ct-tw']]);
    expect(cited('Thông tư liên tịch số 01/2021/TTLT-BTC-BNV')).toEqual([['Thông tư liên tịch số 01/2021/TTLT-BTC-BNV', 'tt-lien-tich']]);
  });

  it('leaves alone documents the site does not have, a kind that does not match, ambiguous numbers and bare numbers', () => {
    expect(cited('Chỉ thị 36-CT/TW')).toEqual([]);
    expect(cited('Kế hoạch 35-CT/TW')).toEqual([]);
    expect(cited('Quyết định số 123/QĐ-UBND')).toEqual([]);
    expect(cited('số 35-CT/TW')).toEqual([]);
    expect(cited('XChỉ thị 35-CT/TW')).toEqual([]);
  });

  it('reads a long text in one pass, whatever the number of documents', () => {
    const many = citationFinder(Array.from({ length: 20_000 }, (_, i) => ({ id: `d${i}`, kind: 'Chỉ thị', number: `${i}-CT/TW` })));
    const text = 'Văn phòng đã tham mưu thực hiện Chỉ thị 19999-CT/TW ngày 1/1/2020. '.repeat(2_000);
    const started = performance.now();
    expect(many(text)).toHaveLength(2_000);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
