import { describe, expect, it } from 'vitest';
import { printPageCss } from '../../../src/lib/edition-print-css.ts';

describe('printPageCss', () => {
  it('sizes the page with its bleed and gives each section a running head', () => {
    const css = printPageCss({ trimCm: { width: 19, height: 27 }, bleedMm: 3, runningHead: 'Bản tin "Văn phòng" · Số 12', sectionTitles: ['Xây dựng Đảng', 'Nhìn lại'] });
    expect(css).toContain('size: 196mm 276mm;');
    expect(css).toContain('@page s-1:right { @top-right { content: "Xây dựng Đảng";');
    expect(css).toContain('@page s-2:left { @top-left { content: "Bản tin \\"Văn phòng\\" · Số 12";');
    expect(css).toContain('.s-2 { page: s-2; }');
  });
});
