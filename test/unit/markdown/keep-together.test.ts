import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { keepWordsTogether } from '../../../src/markdown/keep-together.ts';
import { inlineText } from '../../../src/markdown/inline-text.ts';
import { citationLinks } from '../../../src/markdown/citation-links.ts';
import { sitePaths } from '../../../src/lib/paths.ts';
import { sanitizeHtml } from '../../../src/markdown/sanitize.ts';

const render = (markdown: string) =>
  markdownToHtml(markdown, { features: { rawHtml: true, smartPunctuation: false }, hastPlugins: [sanitizeHtml, inlineText([() => keepWordsTogether])] }).html.trim();

describe('joined words in bodies', () => {
  it('wraps COVID-19 and document numbers so a line does not break inside them, after the allow-list', () => {
    expect(render('Phòng, chống dịch COVID-19 theo Chỉ thị số 35-CT/TW.')).toBe(
      '<p>Phòng, chống dịch <span class="nowrap">COVID-19</span> theo Chỉ thị số <span class="nowrap">35-CT/TW</span>.</p>',
    );
    expect(render('## Ứng phó COVID-19\n\n*COVID-19*')).toBe(
      '<h2>Ứng phó <span class="nowrap">COVID-19</span></h2>\n<p><em><span class="nowrap">COVID-19</span></em></p>',
    );
  });

  it('leaves code and ordinary text alone', () => {
    expect(render('`COVID-19` và Khoa giáo-Văn xã')).toBe('<p><code>COVID-19</code> và Khoa giáo-Văn xã</p>');
  });

  it('wraps the number inside a citation’s link, in the same pass', () => {
    const documents = () => ({ digest: 'a', documents: [{ id: '35-ct-tw', kind: 'Chỉ thị', number: '35-CT/TW' }] });
    const html = markdownToHtml('Theo Chỉ thị số 35-CT/TW của Bộ Chính trị.', {
      features: { rawHtml: true, smartPunctuation: false },
      hastPlugins: [sanitizeHtml, inlineText([citationLinks(documents as never, sitePaths('/')), () => keepWordsTogether])],
    }).html.trim();
    expect(html).toBe('<p>Theo <a href="/van-ban/35-ct-tw/">Chỉ thị số <span class="nowrap">35-CT/TW</span></a> của Bộ Chính trị.</p>');
  });
});
