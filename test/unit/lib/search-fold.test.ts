import { describe, expect, it } from 'vitest';
import { foldVi, foldWithMap, queryTerms } from '../../../src/lib/search-fold.ts';

describe('Vietnamese folding for search', () => {
  it('folds tones, đ and case, in any Unicode form and tone placement', () => {
    expect(foldVi('Chu Đức Nhuận')).toBe('chu duc nhuan');
    expect(foldVi('Chu Đức Nhuận'.normalize('NFD'))).toBe('chu duc nhuan');
    expect(foldVi('hòa')).toBe(foldVi('hoà'));
    expect(foldVi('thủy')).toBe(foldVi('thuỷ'));
  });

  it('maps folded characters back to the original, for marking', () => {
    const { folded, map } = foldWithMap('Ông Đức');
    expect(folded).toBe('ong duc');
    expect(map).toEqual([0, 1, 2, 3, 4, 5, 6]);
    const nfd = foldWithMap('Đức'.normalize('NFD'));
    expect(nfd.folded).toBe('duc');
    expect(nfd.map).toEqual([0, 1, 4]);
  });

  it('splits a query into folded terms, longest first', () => {
    expect(queryTerms('Chu  Đức, nhuận chu')).toEqual(['nhuan', 'chu', 'duc']);
  });
});
