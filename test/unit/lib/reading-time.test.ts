import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../../src/lib/reading-time.ts';

describe('reading time', () => {
  it('counts Vietnamese words and rounds to whole minutes, at least one', () => {
    expect(countWords('Đồng chí Chu Đức Nhuận, Bí thư Chi bộ.')).toBe(9);
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(1100)).toBe(5);
  });
});
