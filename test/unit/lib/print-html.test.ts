import { describe, expect, it } from 'vitest';
import { bodyForPrint } from '../../../src/lib/print-html.ts';

describe('bodyForPrint', () => {
  it('puts body headings under the article title, loads photos at once and sizes them for a column', () => {
    expect(bodyForPrint('<h2 id="a">Mục</h2><p>x</p><h3>Nhỏ</h3><img src="a.webp" loading="lazy" sizes="(min-width: 50rem) 46rem, 100vw">')).toBe(
      '<h4 id="a">Mục</h4><p>x</p><h5>Nhỏ</h5><img src="a.webp" loading="eager" sizes="80mm">',
    );
  });
});
