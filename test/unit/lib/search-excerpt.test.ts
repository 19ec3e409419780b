import { describe, expect, it } from 'vitest';
import { excerpt } from '../../../src/lib/search-excerpt.ts';
import { parseQuery } from '../../../src/lib/search-query.ts';

const words = (n: number, word = 'chữ') => Array.from({ length: n }, () => word).join(' ');

describe('a result’s excerpt', () => {
  it('shows about thirty words around where the text holds most of the query in a row', () => {
    const body = `${words(40)} cấp ủy rồi Đảng viên. ${words(20)} Ban Thường vụ Đảng ủy đã họp ${words(40)}`;
    const text = excerpt({ l: 'Sa pô không có từ nào.', b: ['Đoạn khác.', body] }, parseQuery('dang uy'));
    expect(text).toMatch(/^… .*Ban Thường vụ Đảng ủy đã họp.* …$/);
    expect(text.split(' ').length).toBeLessThanOrEqual(34);
  });

  it('shows the lede’s first words when the text does not hold the query (it matched in the title)', () => {
    const text = excerpt({ l: `Mở đầu ${words(50)}`, b: [] }, parseQuery('tieu de'));
    expect(text.startsWith('Mở đầu chữ')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
  });
});

describe('where an excerpt starts', () => {
  it('never inside a word such as 20/7 or COVID-19', () => {
    // Eight words before the match is "7", the end of "20/7".
    const text = excerpt({ l: '', b: [`${words(40)} ngày 20/7 a b c d e f g Đảng ủy họp ${words(30)}`] }, parseQuery('dang uy'));
    expect(text).toMatch(/^… 20\/7 a b c d e f g Đảng ủy/);
  });
});
