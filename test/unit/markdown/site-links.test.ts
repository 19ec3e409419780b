import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { underBasePath } from '../../../src/markdown/site-links.ts';

const render = (markdown: string) => markdownToHtml(markdown, { features: { rawHtml: true }, hastPlugins: [underBasePath('/ban-tin/')] }).html.trim();

describe('links from the site’s root on a site under a sub-path', () => {
  it('moves links and images written from the root under the base path', () => {
    expect(render('[Bài trước](/bai-viet/2021/x/) ![Sơ đồ](/anh/so-do.png)')).toBe(
      '<p><a href="/ban-tin/bai-viet/2021/x/">Bài trước</a> <img src="/ban-tin/anh/so-do.png" alt="Sơ đồ"></p>',
    );
    expect(render('<a href="/don-vi/vpcp/">VPCP</a>')).toBe('<p><a href="/ban-tin/don-vi/vpcp/">VPCP</a></p>');
  });

  it('leaves other addresses as written', () => {
    const kept = '[a](/ban-tin/chu-de/) [b](//cdn.example.vn/x) [c](https://chinhphu.vn/) [d](./anh/x.jpg) [e](#muc-1)';
    expect(render(kept)).toBe(
      '<p><a href="/ban-tin/chu-de/">a</a> <a href="//cdn.example.vn/x">b</a> <a href="https://chinhphu.vn/">c</a> <a href="./anh/x.jpg">d</a> <a href="#muc-1">e</a></p>',
    );
  });
});
