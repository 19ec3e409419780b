import { describe, expect, it } from 'vitest';
import { buildUnitTree, UnitTreeError } from '../../../src/lib/unit-tree.ts';

const units = [
  { id: 'vpcp', name: 'Văn phòng Chính phủ' },
  { id: 'dang-uy', name: 'Đảng ủy VPCP', parent: 'vpcp' },
  { id: 'chi-bo', name: 'Chi bộ Vụ KGVX', parent: 'dang-uy' },
  { id: 'dong-nai', name: 'Văn phòng Tỉnh ủy Đồng Nai' },
];

describe('unit tree', () => {
  const tree = buildUnitTree(units);

  it('finds roots, children and ancestors', () => {
    expect(tree.roots.map((u) => u.id)).toEqual(['vpcp', 'dong-nai']);
    expect(tree.children('vpcp').map((u) => u.id)).toEqual(['dang-uy']);
    expect(tree.ancestors('chi-bo').map((u) => u.id)).toEqual(['vpcp', 'dang-uy']);
    expect(tree.ancestors('vpcp')).toEqual([]);
  });

  it('refuses an unknown parent and a cycle', () => {
    expect(() => buildUnitTree([{ id: 'a', name: 'A', parent: 'b' }])).toThrow(UnitTreeError);
    expect(() =>
      buildUnitTree([
        { id: 'a', name: 'A', parent: 'b' },
        { id: 'b', name: 'B', parent: 'a' },
      ]),
    ).toThrow(/vòng lặp/);
  });
});
