import { describe, expect, it } from 'vitest';
import { editionFigures } from '../../../../scripts/bench/edition-cost.ts';

describe('the benchmark’s edition figures, from the builds’ logs', () => {
  it('reads the cold build’s rendering and the rebuild’s reuse', () => {
    const cold = '17:03:30 [edition] số 1: 36 trang, 729 KB, dựng trong 8.01 s (0.223 s/trang; Chromium in 4.32 s)';
    const rebuild = '17:05:01 [edition] số 1: 36 trang, không có gì thay đổi: dùng lại bản PDF đã dựng (14 ms)';
    expect(editionFigures(cold, rebuild)).toEqual({
      articles: 16,
      pages: 36,
      size: '729 KB',
      coldSeconds: 8.01,
      coldSecondsPerPage: 8.01 / 36,
      chromiumSeconds: 4.32,
      chromiumSecondsPerPagePerPass: 4.32 / 36 / 2,
      rebuildMs: 14,
      rebuildReused: true,
    });
    expect(editionFigures(cold, cold).rebuildReused).toBe(false);
    expect(() => editionFigures('', rebuild)).toThrow(/no \[edition\] line/);
  });
});
