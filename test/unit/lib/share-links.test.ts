import { describe, expect, it } from 'vitest';
import { shareLinks } from '../../../src/lib/share-links.ts';

describe('share links', () => {
  it('are plain URLs with the page address encoded', () => {
    const links = shareLinks('https://x.vn/bai-viet/2020/a/', 'Đảng ủy & chi bộ');
    expect(links.map((l) => l.network)).toEqual(['facebook', 'zalo', 'email']);
    expect(links[0]!.href).toBe('https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fx.vn%2Fbai-viet%2F2020%2Fa%2F');
    expect(links[2]!.href).toContain('subject=%C4%90%E1%BA%A3ng%20%E1%BB%A7y%20%26%20chi%20b%E1%BB%99');
  });
});
