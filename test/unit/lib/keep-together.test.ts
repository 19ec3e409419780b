import { describe, expect, it } from 'vitest';
import { keepTogether, keepTogetherHtml } from '../../../src/lib/keep-together.ts';

const kept = (text: string) => keepTogether(text).filter((piece) => piece.keep).map((piece) => piece.text);

describe('keepTogether', () => {
  it('keeps joined words with a digit or an acronym whole', () => {
    expect(kept('phòng, chống dịch COVID-19 và SARS-CoV-2')).toEqual(['COVID-19', 'SARS-CoV-2']);
    expect(kept('Chỉ thị số 35-CT/TW, Nghị định 42/2022/NĐ-CP, ngày 26/08/2020, giai đoạn 2021-2025')).toEqual([
      '35-CT/TW',
      '42/2022/NĐ-CP',
      '26/08/2020',
      '2021-2025',
    ]);
    expect(kept('dịch Covid-19 (COVID-19).')).toEqual(['Covid-19', 'COVID-19']);
  });

  it('lets compounds of ordinary words, spaced dashes and over-long words break', () => {
    expect(kept('Chi bộ Vụ Khoa giáo-Văn xã - Đồng Nai / Bình Dương')).toEqual([]);
    expect(kept('mã 1234567890-1234567890-1234567890')).toEqual([]);
  });

  it('cuts the text into pieces that join back into it', () => {
    const text = 'Trước tình hình dịch bệnh COVID-19 diễn biến phức tạp';
    const pieces = keepTogether(text);
    expect(pieces.map((piece) => piece.text).join('')).toBe(text);
    expect(pieces).toEqual([
      { text: 'Trước tình hình dịch bệnh ', keep: false },
      { text: 'COVID-19', keep: true },
      { text: ' diễn biến phức tạp', keep: false },
    ]);
    expect(keepTogether('Không có gì')).toEqual([{ text: 'Không có gì', keep: false }]);
  });
});

describe('keepTogetherHtml', () => {
  it('escapes the text and wraps the joined words', () => {
    expect(keepTogetherHtml('Dịch COVID-19 & "F0" <b>')).toBe('Dịch <span class="nowrap">COVID-19</span> &amp; &quot;F0&quot; &lt;b&gt;');
  });
});
