import { describe, expect, it } from 'vitest';
import { compareVi, foldDiacritics, nfc, sortByName, squashSpaces } from '../../../src/lib/text.ts';

describe('NFC', () => {
  it('composes decomposed Vietnamese', () => {
    const decomposed = 'Đảng ủy'.normalize('NFD');
    expect(decomposed).not.toBe('Đảng ủy');
    expect(nfc(decomposed)).toBe('Đảng ủy');
  });

});

describe('Vietnamese collation', () => {
  it('sorts names as Vietnamese readers expect (đ after d, tones after the base letter)', () => {
    const names = ['Đức', 'Dũng', 'An', 'Ánh', 'Bình', 'Ân', 'Ă'];
    expect(sortByName(names, (n) => n)).toEqual(['An', 'Ánh', 'Ă', 'Ân', 'Bình', 'Dũng', 'Đức']);
  });

  it('orders numbers inside names numerically', () => {
    expect(compareVi('Chi bộ 2', 'Chi bộ 10')).toBeLessThan(0);
  });
});

describe('folding and spaces', () => {
  it('strips marks and folds đ', () => {
    expect(foldDiacritics('Chu Đức Nhuận, đảng ủy')).toBe('Chu Duc Nhuan, dang uy');
  });
  it('squashes no-break spaces and runs of whitespace', () => {
    expect(squashSpaces(' Văn xã\u00a0phát  biểu\t')).toBe('Văn xã phát biểu');
  });
});
