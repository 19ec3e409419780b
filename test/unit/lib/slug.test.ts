import { describe, expect, it } from 'vitest';
import { slugify, slugifyPath } from '../../../src/lib/slug.ts';
import { articleId } from '../../../src/lib/article-id.ts';

describe('slugify', () => {
  it.each([
    ['Đảng ủy', 'dang-uy'],
    ['Chi bộ Vụ Khoa giáo-Văn xã', 'chi-bo-vu-khoa-giao-van-xa'],
    ['Tập trung cao độ tham mưu phòng, chống dịch COVID-19', 'tap-trung-cao-do-tham-muu-phong-chong-dich-covid-19'],
    ['  "Mục tiêu kép"!  ', 'muc-tieu-kep'],
    ['ĐỒNG NAI', 'dong-nai'],
    ['Nghị quyết 53/NQ-CP', 'nghi-quyet-53-nq-cp'],
    ['', ''],
  ])('%s → %s', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it('gives the same slug for composed and decomposed text', () => {
    const composed = 'Thủy hòa Đức';
    expect(slugify(composed.normalize('NFD'))).toBe(slugify(composed));
    expect(slugify(composed)).toBe('thuy-hoa-duc');
  });

  it('only ever yields ASCII letters, digits and single hyphens', () => {
    const sample = 'Ắ ẳ ẵ ặ ơ ư Ữ ỹ ₫ — “x” – 100%';
    expect(slugify(sample)).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});

describe('slugifyPath and articleId', () => {
  it('slugifies each segment', () => {
    expect(slugifyPath('2020/Đảng ủy họp')).toBe('2020/dang-uy-hop');
  });
  it('comes from the file path, not the title, and drops the extension', () => {
    expect(articleId('2020/tap-trung.md')).toBe('2020/tap-trung');
    expect(articleId('2021/Bản tin.mdx')).toBe('2021/ban-tin');
    expect(articleId('2021\\windows.md')).toBe('2021/windows');
  });
});
