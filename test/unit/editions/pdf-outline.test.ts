import { describe, expect, it } from 'vitest';
import { startPages, type OutlineItem } from '../../../src/editions/pdf-outline.ts';

describe('startPages (where each article starts, from the PDF outline)', () => {
  const outline: OutlineItem[] = [
    { title: 'BẢN TINCÔNG TÁC VĂN PHÒNG', depth: 1, page: 1 },
    { title: 'MỤC LỤCMỤC LỤC', depth: 2, page: 2 },
    { title: 'XÂY DỰNG ĐẢNG', depth: 2, page: 3 },
    { title: 'Xây dựng VPCP chuyên nghiệp, đáp ứng yêu cầutrong tình hình mới', depth: 3, page: 3 },
    { title: 'Nhìn lại', depth: 4, page: 4 },
    { title: 'Nhìn lại', depth: 3, page: 6 },
  ];
  it('matches titles as Chromium runs their lines together, at the articles’ depth, in order', () => {
    expect(startPages(outline, ['Xây dựng VPCP chuyên nghiệp, đáp ứng yêu cầu trong tình hình mới', 'Nhìn lại'])).toEqual([3, 6]);
    expect(startPages(outline, ['Xây dựng VPCP chuyên nghiệp, đáp ứng yêu cầu trong tình hình mới', 'Không có'])).toEqual([3, undefined]);
  });
});
