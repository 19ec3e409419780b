import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { imageKind, imageKindReader } from '../../../src/content-check/image-files.ts';

const bytes = (...values: (number | string)[]) =>
  Uint8Array.from(values.flatMap((v) => (typeof v === 'string' ? [...v].map((c) => c.charCodeAt(0)) : [v])));

describe('image files by their content', () => {
  it('recognises the formats Astro optimises, whatever the file name', () => {
    expect(imageKind(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('jpeg');
    expect(imageKind(bytes(0x89, 'PNG\r\n'))).toBe('png');
    expect(imageKind(bytes('RIFF', 0, 0, 0, 0, 'WEBPVP8 '))).toBe('webp');
    expect(imageKind(bytes('GIF89a'))).toBe('gif');
    expect(imageKind(bytes(0, 0, 0, 0x1c, 'ftypavif'))).toBe('avif');
    expect(imageKind(bytes('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg">'))).toBe('svg');
  });

  it('refuses a document or text named like a photo', () => {
    expect(imageKind(bytes('%PDF-1.7'))).toBeUndefined();
    expect(imageKind(bytes('Đây là văn bản'))).toBeUndefined();
    expect(imageKind(bytes())).toBeUndefined();
  });

  it('reads only the head of the files it is asked about', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bantin-images-'));
    writeFileSync(join(dir, 'anh.jpg'), bytes(0xff, 0xd8, 0xff, 0xe1, ...new Array(5000).fill(0)));
    writeFileSync(join(dir, 'gia.jpg'), 'không phải ảnh');
    const kindOf = imageKindReader(dir);
    expect([kindOf('anh.jpg'), kindOf('gia.jpg'), kindOf('khong-co.jpg')]).toEqual(['jpeg', undefined, undefined]);
  });
});
