import { describe, expect, it } from 'vitest';
import { authorFor, unitsNamedIn } from '../../../../scripts/import/resolve-refs.ts';

const units = [
  { id: 'vpcp', name: 'Văn phòng Chính phủ', aliases: ['VPCP'] },
  { id: 'dn', name: 'Văn phòng Tỉnh ủy Đồng Nai', aliases: ['Văn phòng Tỉnh ủy'] },
];

describe('units named in a text', () => {
  it('matches names and aliases as whole words, whatever the Unicode form or case', () => {
    expect(unitsNamedIn('Chiều 10-6, văn phòng tỉnh ủy đã tổ chức'.normalize('NFD'), units).map((u) => u.id)).toEqual(['dn']);
    expect(unitsNamedIn('Lãnh đạo VPCP và Văn phòng Tỉnh ủy', units).map((u) => u.id)).toEqual(['vpcp', 'dn']);
    expect(unitsNamedIn('VPCPX không phải', units)).toEqual([]);
  });
});

describe('author ids', () => {
  const authors = [{ id: 'nhat-thy', name: 'Nhật Thy' }];
  it('reuses an author with the same printed name', () => {
    expect(authorFor('Nhật Thy'.normalize('NFD'), authors)).toEqual({ id: 'nhat-thy', added: undefined });
  });
  it('gives a new author an ASCII id, distinct from a different person with the same letters', () => {
    expect(authorFor('Đức Anh', authors)).toEqual({ id: 'duc-anh', added: { id: 'duc-anh', name: 'Đức Anh' } });
    expect(authorFor('Nhất Thỳ', authors)).toEqual({ id: 'nhat-thy-2', added: { id: 'nhat-thy-2', name: 'Nhất Thỳ' } });
  });
});
