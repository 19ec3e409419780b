import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { logoDataUrl, renderCard } from '../../../src/pictures/render-card.ts';
import { titleSize } from '../../../src/pictures/card-layout.ts';
import { THEME } from '../../../src/lib/theme.ts';
import { projectRoot } from '../../support/paths.ts';

const frame = async () => ({
  siteName: 'Bản tin Công tác Văn phòng',
  host: 'bantin.example.vn',
  logo: await logoDataUrl(await readFile(join(projectRoot, 'public/logo.svg'))),
  ...THEME,
});

describe('share cards', () => {
  it('draws every Vietnamese letter with the site’s fonts into a 1200 x 630 PNG', async () => {
    const png = await renderCard({ eyebrow: 'Tin của đơn vị', title: 'Ắ Ặ ẵ Đ đ Ế ệ ổ ộ Ơ ờ ợ Ư ữ ự ỳ ỵ — Đảng ủy Khối các cơ quan tỉnh' }, await frame());
    const { width, height, format } = await sharp(png).metadata();
    expect([width, height, format]).toEqual([1200, 630, 'png']);
  });

  it('refuses a character its fonts lack, in Vietnamese, instead of drawing a blank box', async () => {
    await expect(renderCard({ eyebrow: 'Đơn vị', title: 'Văn phòng 中文' }, await frame())).rejects.toThrow(
      'ảnh chia sẻ "Văn phòng 中文": phông chữ của trang không có các ký tự "中文"',
    );
  });

  it('sets long titles smaller', () => {
    expect(titleSize('Chi bộ Vụ Tổng hợp')).toBeGreaterThan(titleSize('Đảng ủy Khối các cơ quan tỉnh Bình Dương và các đơn vị'));
  });
});
