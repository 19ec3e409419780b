import { describe, expect, it } from 'vitest';
import { PHOTO_PARAGRAPH, photoFromMatch, photoMarkdown, photoTitle, relativeSrc, splitCredit } from '../../../src/lib/photo-caption.ts';

describe('photo captions', () => {
  it('finds the credit as Vietnamese papers write it', () => {
    expect(splitCredit('Quang cảnh hội nghị. Ảnh: Gia Huy')).toEqual({ caption: 'Quang cảnh hội nghị.', credit: 'Ảnh: Gia Huy' });
    expect(splitCredit('Quang cảnh hội nghị (Ảnh: VGP/Nhật Bắc)')).toEqual({ caption: 'Quang cảnh hội nghị', credit: 'Ảnh: VGP/Nhật Bắc' });
    expect(splitCredit('Ảnh minh họa: Internet')).toEqual({ caption: '', credit: 'Ảnh minh họa: Internet' });
    expect(splitCredit('Ảnh chụp toàn cảnh hội nghị')).toEqual({ caption: 'Ảnh chụp toàn cảnh hội nghị', credit: undefined });
  });

  it('writes the caption and the credit as one title the build splits again', () => {
    expect(photoTitle('Đồng chí phát biểu', 'Gia Huy')).toBe('Đồng chí phát biểu. Ảnh: Gia Huy');
    expect(photoTitle('Đồng chí phát biểu.', 'Ảnh minh họa: Internet')).toBe('Đồng chí phát biểu. Ảnh minh họa: Internet');
    expect(photoTitle('', 'Gia Huy')).toBe('Ảnh: Gia Huy');
    expect(photoTitle('Chỉ chú thích', '')).toBe('Chỉ chú thích');
    expect(splitCredit(photoTitle('Đồng chí phát biểu', 'Gia Huy'))).toEqual({ caption: 'Đồng chí phát biểu.', credit: 'Ảnh: Gia Huy' });
  });

  it('writes a photo paragraph beside the article, escaped, and reads it back', () => {
    const markdown = photoMarkdown({ src: 'anh/hop.jpg', alt: 'Hội trường [tầng 2]', caption: 'Đại biểu "dự" họp', credit: 'Gia Huy' });
    expect(markdown).toBe('![Hội trường \\[tầng 2\\]](./anh/hop.jpg "Đại biểu \\"dự\\" họp. Ảnh: Gia Huy")');
    const match = PHOTO_PARAGRAPH.exec(markdown)!;
    expect(photoFromMatch(match)).toEqual({ src: './anh/hop.jpg', alt: 'Hội trường [tầng 2]', caption: 'Đại biểu "dự" họp.', credit: 'Gia Huy' });
    expect(photoFromMatch(PHOTO_PARAGRAPH.exec('![Ảnh](./a.jpg)')!)).toEqual({ src: './a.jpg', alt: 'Ảnh', caption: '', credit: undefined });
    expect(PHOTO_PARAGRAPH.test('Chữ ![Ảnh](./a.jpg)')).toBe(false);
  });

  it('keeps URLs and explicit paths as they are', () => {
    expect(relativeSrc('https://chinhphu.vn/a.jpg')).toBe('https://chinhphu.vn/a.jpg');
    expect(relativeSrc('../anh/a.jpg')).toBe('../anh/a.jpg');
    expect(relativeSrc('/logo.svg')).toBe('/logo.svg');
    expect(relativeSrc('anh/a.jpg')).toBe('./anh/a.jpg');
  });
});
