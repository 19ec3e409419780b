import { describe, expect, it } from 'vitest';
import { bodyBlocks } from '../../../../scripts/import/dump-body.ts';
import { dumpLines } from '../../../../scripts/import/dump-lines.ts';
import { parseDump } from '../../../../scripts/import/parse-dump.ts';

describe('dump lines', () => {
  it('normalises to NFC, squashes spaces and drops junk and blank lines', () => {
    const text = '\ufeffHà\u00a0Nội\r\n  \r\n.\n;\nĐảng ủy'.normalize('NFD') + '  họp\nTop\n';
    expect(dumpLines(text)).toEqual(['Hà Nội', 'Đảng ủy họp']);
  });
});

describe('body blocks', () => {
  it('recognises every caption form with its credit', () => {
    expect(
      bodyBlocks([
        'Phát biểu tại Đại hội. Ảnh: Quang Hiếu',
        'Đoạn văn.',
        'Quang cảnh hội nghị - Ảnh: Minh Khôi',
        'Đoạn văn.',
        'Ảnh: Gia Huy',
        'Đoạn văn.',
        'Lãnh đạo trao đổi. (Ảnh: Thanh Hải)',
        'Hội nghị tại điểm cầu chính.',
        'Hội nghị tại điểm cầu chính.',
      ]).filter((b) => b.type === 'figure'),
    ).toEqual([
      { type: 'figure', caption: 'Phát biểu tại Đại hội.', credit: 'Ảnh: Quang Hiếu' },
      { type: 'figure', caption: 'Quang cảnh hội nghị', credit: 'Ảnh: Minh Khôi' },
      { type: 'figure', caption: undefined, credit: 'Ảnh: Gia Huy' },
      { type: 'figure', caption: 'Lãnh đạo trao đổi.', credit: 'Ảnh: Thanh Hải' },
      { type: 'figure', caption: 'Hội nghị tại điểm cầu chính.', credit: undefined },
    ]);
  });

  it('takes short unpunctuated lines between paragraphs as subheadings, not sentences', () => {
    expect(
      bodyBlocks(['Đoạn một.', 'Tham mưu kịp thời các biện pháp thực hiện "mục tiêu kép"', 'Đoạn hai, chưa hết câu', 'Đoạn ba.']).map(
        (b) => b.type,
      ),
    ).toEqual(['paragraph', 'heading', 'heading', 'paragraph']);
    expect(bodyBlocks(['Đoạn một.', 'câu viết thường không phải tiêu đề', 'Đoạn hai.']).map((b) => b.type)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
  });
});

describe('parseDump', () => {
  it('fails with what is missing', () => {
    expect(parseDump('')).toEqual({ ok: false, reason: 'tệp trống, chưa có nội dung' });
    expect(parseDump('Tiêu đề\n\n(Chinhphu.vn) - Tóm tắt\n\nNhật Thy')).toMatchObject({ ok: false, reason: expect.stringContaining('không tìm thấy ngày đăng') });
    expect(parseDump('26/08/2020 10:54\n(ĐN) - Tóm tắt\nNội dung.\nNhật Thy')).toMatchObject({ ok: false, reason: expect.stringContaining('không tìm thấy tiêu đề') });
    expect(parseDump('Tiêu đề\n26/08/2020 10:54\n(ĐN) - Tóm tắt\nNội dung cuối cùng.')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('không tìm thấy tác giả'),
    });
    expect(parseDump('Tiêu đề\n31/02/2020 10:54\n(ĐN) - Tóm tắt\nNội dung.\nNhật Thy')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('ngày đăng "31/02/2020 10:54" không phải ngày giờ có thật'),
    });
  });

  it('keeps an unknown source abbreviation as written', () => {
    const parsed = parseDump('Tiêu đề\n26/08/2020 10:54\n(TTXVN) - Tóm tắt.\nNội dung.\nNhật Thy');
    expect(parsed).toMatchObject({ ok: true, article: { source: { name: 'TTXVN' }, lede: 'Tóm tắt.', title: 'Tiêu đề' } });
  });
});
