import { describe, expect, it } from 'vitest';
import { parseSearchState, resultLink, searchParams } from '../../../src/lib/search-state.ts';

describe('search state in the URL', () => {
  it('round-trips query, filters and sort through Vietnamese parameter names', () => {
    const params = new URLSearchParams(
      'q=dang+uy&don-vi=V%C4%83n+ph%C3%B2ng+Ch%C3%ADnh+ph%E1%BB%A7&nam=2021&nam=2020&chu-de=COVID-19&sap-xep=moi-nhat',
    );
    const state = parseSearchState(params);
    expect(state).toEqual({
      q: 'dang uy',
      filters: { unit: ['Văn phòng Chính phủ'], author: [], year: ['2021', '2020'], tag: ['COVID-19'], kind: [] },
      sort: 'newest',
    });
    expect(searchParams(state).toString()).toBe(params.toString());
  });

  it('carries the documents’ kind filter', () => {
    const state = parseSearchState(new URLSearchParams('q=35&loai-van-ban=Ch%E1%BB%89+th%E1%BB%8B'));
    expect(state.filters.kind).toEqual(['Chỉ thị']);
    expect(searchParams(state).toString()).toBe('q=35&loai-van-ban=Ch%E1%BB%89+th%E1%BB%8B');
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
