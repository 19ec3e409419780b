import { describe, expect, it } from 'vitest';
import { absoluteUrl, basePath, RESERVED_SEGMENTS, sitePaths } from '../../../src/lib/paths.ts';
import { PAGE_SEGMENT } from '../../../src/lib/pagination.ts';

describe('paths', () => {
  it('builds ASCII URLs for every page kind', () => {
    const paths = sitePaths('/');
    expect(paths.tag('Xây dựng Đảng')).toBe('/chu-de/xay-dung-dang/');
    expect(paths.month(2021, 6)).toBe('/luu-tru/2021/06/');
    expect(paths.file('/logo.svg')).toBe('/logo.svg');
    expect(absoluteUrl(paths.article('a'), 'https://x.vn/')).toBe('https://x.vn/bai-viet/a/');
  });

  it('puts every path of a site published under a sub-path below it, and nothing at the domain root', () => {
    const base = basePath('https://vpcp.example.gov.vn/ban-tin');
    expect(base).toBe('/ban-tin/');
    const paths = sitePaths(base);
    expect(paths.home()).toBe('/ban-tin/');
    expect(paths.article('2021/x')).toBe('/ban-tin/bai-viet/2021/x/');
    expect(paths.tag('Đảng')).toBe('/ban-tin/chu-de/dang/');
    expect(paths.file('/logo.svg')).toBe('/ban-tin/logo.svg');
    expect(absoluteUrl(paths.feed(), 'https://vpcp.example.gov.vn/ban-tin/')).toBe('https://vpcp.example.gov.vn/ban-tin/rss.xml');
  });

  it('refuses a base path that does not start and end with /', () => {
    expect(() => sitePaths('ban-tin')).toThrow(/base path/);
  });

  it('reserves the first segment of every section, so no standing page can take a section’s place', () => {
    const paths = sitePaths('/');
    const firstSegments = Object.entries(paths)
      .filter(([name]) => name !== 'page' && name !== 'file' && name !== 'home')
      .map(([, make]) => (make as (...args: unknown[]) => string)('x', 1, 1).split('/')[1]!);
    expect(firstSegments.filter((segment) => !RESERVED_SEGMENTS.has(segment))).toEqual([]);
    expect(RESERVED_SEGMENTS.has(PAGE_SEGMENT)).toBe(true);
  });
});
