import { describe, expect, it } from 'vitest';
import { pageUrl, paginate } from '../../../src/lib/pagination.ts';

describe('pagination', () => {
  it('splits into pages with URL segments after the first', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((p) => p.param)).toEqual([undefined, 'trang/2', 'trang/3']);
    expect(pages.every((p) => p.total === 3)).toBe(true);
  });
  it('has one empty page for an empty list', () => {
    expect(paginate([], 10)).toEqual([{ items: [], number: 1, total: 1, param: undefined }]);
  });
  it('refuses a page size below one', () => {
    expect(() => paginate([1], 0)).toThrow(RangeError);
  });
  it('builds page URLs', () => {
    expect(pageUrl('/don-vi/x/', 1)).toBe('/don-vi/x/');
    expect(pageUrl('/don-vi/x/', 3)).toBe('/don-vi/x/trang/3/');
  });
});
