import { describe, expect, it } from 'vitest';
import { createIdAllocator, isDangerousUrl, isEventHandlerAttribute, isExternalUrl } from '../../src/lib/html-safety.ts';
import { slugify } from '../../src/lib/slug.ts';

describe('HTML safety decisions', () => {
  it.each(['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:x', 'vbscript:x', 'data:text/html,<script>'])(
    'treats %j as dangerous',
    (url) => expect(isDangerousUrl(url)).toBe(true),
  );
  it.each(['https://chinhphu.vn', '/bai-viet/a/', '#muc', 'mailto:a@b.vn', 'data:image/png;base64,AA'])('lets %j through', (url) =>
    expect(isDangerousUrl(url)).toBe(false),
  );
  it('recognises event handlers and external links', () => {
    expect(isEventHandlerAttribute('onError')).toBe(true);
    expect(isEventHandlerAttribute('alt')).toBe(false);
    expect(isExternalUrl('https://x.vn')).toBe(true);
    expect(isExternalUrl('//x.vn')).toBe(true);
    expect(isExternalUrl('/a/')).toBe(false);
  });
  it('allocates unique ASCII heading ids', () => {
    const next = createIdAllocator(slugify);
    expect([next('Đảng ủy'), next('Đảng ủy'), next('!!!')]).toEqual(['dang-uy', 'dang-uy-2', 'muc']);
  });
});
