import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { qrSvg } from '../../../src/lib/qr-svg.ts';

describe('qrSvg', () => {
  it('draws every dark module of the code in one path, with a quiet zone', () => {
    const url = 'https://bantin.example.vn/so/12/';
    const svg = qrSvg(url, 'Quét mã: "số 12"');
    const { size, data } = encode(url, { ecc: 'M', border: 4 });
    expect(svg).toContain(`viewBox="0 0 ${size} ${size}"`);
    expect(svg).toContain('aria-label="Quét mã: &quot;số 12&quot;"');
    const dark = data.flat().filter(Boolean).length;
    const area = [...svg.matchAll(/M\d+ \d+h(\d+)v1h-\d+z/g)].reduce((sum, m) => sum + Number(m[1]), 0);
    expect(area).toBe(dark);
    expect(data[0]!.every((cell) => !cell)).toBe(true);
  });
});
