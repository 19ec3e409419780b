import { describe, expect, it } from 'vitest';
import { dFoldedWords, foldVi, foldWithMap, queryTerms } from '../../src/lib/search-fold.ts';
import { pagefindFilters, parseSearchState, resultLink, searchParams } from '../../src/lib/search-state.ts';

describe('Vietnamese folding for search', () => {
  it('folds tones, đ and case, in any Unicode form and tone placement', () => {
    expect(foldVi('Chu Đức Nhuận')).toBe('chu duc nhuan');
    expect(foldVi('Chu Đức Nhuận'.normalize('NFD'))).toBe('chu duc nhuan');
    expect(foldVi('hòa')).toBe(foldVi('hoà'));
    expect(foldVi('thủy')).toBe(foldVi('thuỷ'));
  });

  it('lists the đ words of a text folded only in đ, each once', () => {
    expect(dFoldedWords('Đảng ủy, đảng viên và Đề án tồn đọng; Đảng')).toEqual(['dảng', 'dề', 'dọng']);
    expect(dFoldedWords('Văn phòng Chính phủ')).toEqual([]);
    expect(dFoldedWords('Đức'.normalize('NFD'))).toEqual(['dức']);
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

describe('search state in the URL', () => {
  it('round-trips query, filters and sort through Vietnamese parameter names', () => {
    const params = new URLSearchParams(
      'q=dang+uy&don-vi=V%C4%83n+ph%C3%B2ng+Ch%C3%ADnh+ph%E1%BB%A7&nam=2021&nam=2020&chu-de=COVID-19&sap-xep=moi-nhat',
    );
    const state = parseSearchState(params);
    expect(state).toEqual({
      q: 'dang uy',
      filters: { unit: ['Văn phòng Chính phủ'], author: [], year: ['2021', '2020'], tag: ['COVID-19'] },
      sort: 'newest',
    });
    expect(searchParams(state).toString()).toBe(params.toString());
    expect(pagefindFilters(state)).toEqual({ unit: { any: ['Văn phòng Chính phủ'] }, year: { any: ['2021', '2020'] }, tag: { any: ['COVID-19'] } });
  });

  it('normalises a decomposed query and defaults to relevance', () => {
    const state = parseSearchState(new URLSearchParams({ q: ' Đức '.normalize('NFD') }));
    expect(state.q).toBe('Đức');
    expect(state.sort).toBe('relevance');
    expect(searchParams(parseSearchState(new URLSearchParams())).toString()).toBe('');
  });

  it('links results so the article highlights the query', () => {
    expect(resultLink('/bai-viet/2020/a/', 'chu duc')).toBe('/bai-viet/2020/a/?tu-khoa=chu+duc');
    expect(resultLink('/bai-viet/2020/a/', '')).toBe('/bai-viet/2020/a/');
  });
});

import { readTextSize, stepTextSize, TEXT_SIZES } from '../../src/lib/text-size.ts';

describe('text size control', () => {
  it('steps through the sizes and stops at either end', () => {
    expect(stepTextSize(100, 1)).toBe(112.5);
    expect(stepTextSize(200, 1)).toBe(200);
    expect(stepTextSize(100, -1)).toBe(100);
    expect(stepTextSize(150, -1)).toBe(125);
  });
  it('only trusts a stored size it knows', () => {
    expect(readTextSize('150')).toBe(150);
    expect(readTextSize('9999')).toBe(100);
    expect(readTextSize(null)).toBe(100);
    expect(TEXT_SIZES.at(-1)).toBe(200);
  });
});
