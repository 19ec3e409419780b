import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { photoFigures } from '../../../src/markdown/photo-figures.ts';
import { sanitizeHtml } from '../../../src/markdown/sanitize.ts';

const render = (markdown: string) =>
  markdownToHtml(markdown, { features: { rawHtml: true, smartPunctuation: false }, hastPlugins: [sanitizeHtml, photoFigures] }).html.trim();

describe('photos with captions', () => {
  it('turns a paragraph holding only an image into a figure, the title its caption with the credit apart', () => {
    expect(render('![Toàn cảnh hội nghị](./anh/hoi-nghi.jpg "Đồng chí Chu Đức Nhuận phát biểu tại Hội nghị. Ảnh: Gia Huy")')).toBe(
      '<figure><img src="./anh/hoi-nghi.jpg" alt="Toàn cảnh hội nghị" width="1440" sizes="(min-width: 50rem) 46rem, 100vw"><figcaption>Đồng chí Chu Đức Nhuận phát biểu tại Hội nghị. <span class="credit">Ảnh: Gia Huy</span></figcaption></figure>',
    );
  });

  it('makes a figure without a caption when the image has no title, and leaves images inside text alone', () => {
    expect(render('![Hội trường](/anh/a.jpg)')).toBe('<figure><img src="/anh/a.jpg" alt="Hội trường"></figure>');
    // A photo from another site has lost its address to the allow-list: it is no photo of the article's to size.
    expect(render('![Hội trường](https://chinhphu.vn/a.jpg)')).toBe('<figure><img alt="Hội trường"></figure>');
    expect(render('Trước ![biểu tượng](./b.png) sau')).toBe('<p>Trước <img src="./b.png" alt="biểu tượng"> sau</p>');
  });
});
