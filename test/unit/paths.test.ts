import { describe, expect, it } from 'vitest';
import { absoluteUrl, paths } from '../../src/lib/paths.ts';

describe('paths', () => {
  it('builds ASCII URLs for every page kind', () => {
    expect(paths.tag('Xây dựng Đảng')).toBe('/chu-de/xay-dung-dang/');
    expect(paths.month(2021, 6)).toBe('/luu-tru/2021/06/');
    expect(absoluteUrl('/bai-viet/a/', 'https://x.vn/sub')).toBe('https://x.vn/sub/bai-viet/a/');
  });
});
