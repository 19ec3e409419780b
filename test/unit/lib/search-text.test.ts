import { describe, expect, it } from 'vitest';
import { isMarked, syllableOf, tokens } from '../../../src/lib/search-text.ts';
import { LONG_QUERY, MAX_SYLLABLES, parseQuery } from '../../../src/lib/search-query.ts';
import { bucketOf, termHash, variantCode } from '../../../src/lib/search-hash.ts';

describe('a syllable as search compares it', () => {
  it('folds tone marks, vowel marks, đ and case; keeps the exact form with its tone as a digit', () => {
    expect(syllableOf('Đảng')).toEqual({ folded: 'dang', exact: 'đang3' });
    expect(syllableOf('đang')).toEqual({ folded: 'dang', exact: 'đang' });
    expect(syllableOf('Nguyễn')).toEqual({ folded: 'nguyen', exact: 'nguyên4' });
    expect(syllableOf('2024')).toEqual({ folded: '2024', exact: '2024' });
  });

  it('gives one exact form for both tone placements and for NFC and NFD text', () => {
    expect(syllableOf('hòa')).toEqual(syllableOf('hoà'));
    expect(syllableOf('thủy')).toEqual(syllableOf('thuỷ'));
    expect(syllableOf('Đức'.normalize('NFD'))).toEqual(syllableOf('Đức'));
  });

  it('tells a syllable typed with any mark from one typed without', () => {
    expect(isMarked(syllableOf('dang'))).toBe(false);
    expect(isMarked(syllableOf('đang'))).toBe(true);
    expect(isMarked(syllableOf('ủy'))).toBe(true);
  });

  it('cuts text into syllables, a sentence’s end between two of them stopping a phrase', () => {
    const list = tokens('Bí thư Đảng. Ủy ban (TP.HCM) họp ngày 10.6, “đạt”! Xong');
    expect(list.map((t) => t.folded)).toEqual(['bi', 'thu', 'dang', 'uy', 'ban', 'tp', 'hcm', 'hop', 'ngay', '10', '6', 'dat', 'xong']);
    expect(list.filter((t) => t.breakBefore).map((t) => t.folded)).toEqual(['uy', 'xong']);
  });
});

describe('a query as search reads it', () => {
  it('makes pairs of neighbouring syllables, each once, and keeps the exact forms the reader typed', () => {
    const query = parseQuery('Đảng ủy hội nghị đảng ủy');
    expect(query.units.map((u) => u.term)).toEqual(['dang uy', 'uy hoi', 'hoi nghi', 'nghi dang']);
    expect(query.pairs).toEqual([0, 1, 2, 3, 0]);
    expect(query.units[0]!.codes).toEqual([variantCode('đang3'), variantCode('uy3')]);
    expect(parseQuery('dang uy').units[0]!.codes).toEqual([undefined, undefined]);
    expect(parseQuery('hội').units.map((u) => u.term)).toEqual(['hoi']);
  });

  it('requires the pairs of quoted phrases, straight or curly, and reads longer ones word for word', () => {
    const query = parseQuery('"đảng ủy" họp “hội nghị trực tuyến”');
    expect(query.required.map((u) => query.units[u]!.term)).toEqual(['dang uy', 'hoi nghi', 'nghi truc', 'truc tuyen']);
    expect(query.phrases).toEqual([
      [0, 2],
      [3, 7],
    ]);
  });

  it('asks every word of a short query, and half the pairs of a long one', () => {
    expect(parseQuery('cai cach hanh chinh')).toMatchObject({ everyWord: true, minPairs: 0 });
    const long = parseQuery('tap trung lam tot cong tac tham muu');
    expect(long.syllables.length).toBeGreaterThanOrEqual(LONG_QUERY);
    expect(long).toMatchObject({ everyWord: false, minPairs: 4 });
    expect(parseQuery('một hai ba bốn năm sáu bảy tám chín mười mười một mười hai mười ba').syllables).toHaveLength(MAX_SYLLABLES);
  });
});

describe('where a term lives in the index', () => {
  it('is its hash’s top bits, so a term sorted by hash is sorted by bucket for any number of buckets', () => {
    const hashes = ['dang uy', 'hoi nghi', 'dang', 'a', 'z'].map(termHash).sort((a, b) => a - b);
    for (const bits of [0, 1, 4, 9]) {
      const buckets = hashes.map((h) => bucketOf(h, bits));
      expect(buckets).toEqual([...buckets].sort((a, b) => a - b));
      expect(Math.max(...buckets)).toBeLessThan(2 ** bits);
    }
    expect(termHash('dang uy')).toBe(termHash('dang uy'));
    expect(termHash('dang uy')).not.toBe(termHash('uy dang'));
  });
});
