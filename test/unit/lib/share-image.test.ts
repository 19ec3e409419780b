import { describe, expect, it } from 'vitest';
import { coverShareSize } from '../../../src/lib/share-image.ts';
import { webManifest } from '../../../src/lib/web-manifest.ts';

describe('coverShareSize', () => {
  it('crops a large cover to 1200 x 630', () => {
    expect(coverShareSize(4000, 3000)).toEqual({ width: 1200, height: 630 });
    expect(coverShareSize(1200, 630)).toEqual({ width: 1200, height: 630 });
  });

  it('never enlarges: a smaller or a very wide cover gives the largest crop of 1.91:1 inside it', () => {
    expect(coverShareSize(800, 600)).toEqual({ width: 800, height: 420 });
    expect(coverShareSize(1600, 500)).toEqual({ width: 952, height: 500 });
  });

  it('gives up below 600 px wide, where Facebook and Zalo show a thumbnail', () => {
    expect(coverShareSize(599, 400)).toBeUndefined();
    expect(coverShareSize(2000, 300)).toBeUndefined();
  });
});

describe('webManifest', () => {
  it('says what a phone needs to install the site', () => {
    const manifest = webManifest({
      name: 'Bản tin Công tác Văn phòng',
      shortName: 'Bản tin VP',
      description: 'Tin hoạt động',
      home: '/ban-tin/',
      themeColor: '#9e1b1f',
      backgroundColor: '#fbfaf6',
      icons: [{ src: '/ban-tin/bieu-tuong/192.png', size: 192, purpose: 'any' }],
    });
    expect(manifest).toMatchObject({
      id: '/ban-tin/',
      start_url: '/ban-tin/',
      scope: '/ban-tin/',
      lang: 'vi',
      short_name: 'Bản tin VP',
      icons: [{ src: '/ban-tin/bieu-tuong/192.png', sizes: '192x192', type: 'image/png', purpose: 'any' }],
    });
  });
});
