import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { keepWordsTogether } from '../../../src/markdown/keep-together.ts';
import { sanitizeHtml } from '../../../src/markdown/sanitize.ts';

const render = (markdown: string) =>
  markdownToHtml(markdown, { features: { rawHtml: true, smartPunctuation: false }, hastPlugins: [sanitizeHtml, keepWordsTogether] }).html.trim();

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
});
