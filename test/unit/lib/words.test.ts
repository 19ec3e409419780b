import { describe, expect, it } from 'vitest';
import { scanWords } from '../../../src/lib/words.ts';

const words = (text: string) => {
  const found: [string, boolean][] = [];
  scanWords(text, (start, end, hasD) => found.push([text.slice(start, end), hasD]));
  return found;
};

describe('scanWords', () => {
  it('splits Vietnamese on spaces and punctuation, keeping tone marks and digits inside words', () => {
    expect(words('Đồng chí Chu Đức Nhuận, Bí thư (năm 2021)…')).toEqual([
      ['Đồng', true], ['chí', false], ['Chu', false], ['Đức', true], ['Nhuận', false], ['Bí', false], ['thư', false], ['năm', false], ['2021', false],
    ]);
  });

  it('keeps combining marks of NFD text inside the word, and reads letters of other scripts', () => {
    expect(words('Đảng ủy'.normalize('NFD')).map(([w]) => w)).toEqual(['Đảng'.normalize('NFD'), 'ủy'.normalize('NFD')]);
    expect(words('Москва, 東京 — ok')).toEqual([['Москва', false], ['東京', false], ['ok', false]]);
  });

  it('finds no word in punctuation and spaces', () => {
    expect(words(' — …, ; ')).toEqual([]);
    expect(words('')).toEqual([]);
  });
});
