import { describe, expect, it } from 'vitest';
import { duration, ProgressPacer, progressText } from '../../../../scripts/build/progress.ts';

describe('the progress line', () => {
  it('tells pages done of all, the time taken and an estimate of the time left', () => {
    expect(progressText({ done: 1234, total: 3012, elapsedMs: 25_000 })).toBe('Trang: 1.234/3.012 (40%), 25 s, còn khoảng 36 s');
    expect(progressText({ done: 3, total: 3012, elapsedMs: 900 })).toBe('Trang: 3/3.012 (0%), 0,9 s');
    expect(progressText({ done: 40, total: undefined, elapsedMs: 2_000 })).toBe('Trang: 40, 2,0 s');
    expect(duration(125_000)).toBe('2 ph 05 s');
  });

  it('on a terminal is redrawn at most ten times a second, and always at the end', () => {
    const pacer = new ProgressPacer(true);
    const at = (done: number, now: number) => pacer.due({ done, total: 100, elapsedMs: now }, now);
    expect([at(1, 0), at(2, 50), at(3, 120), at(100, 130)]).toEqual([true, false, true, true]);
  });

  it('in a log (CI) writes a line at each tenth but not within 3 s of the last, or after 15 s without one', () => {
    const pacer = new ProgressPacer(false);
    const at = (done: number, now: number) => pacer.due({ done, total: 1000, elapsedMs: now }, now);
    const written = [
      [1, 0],
      [50, 1000],
      [100, 2000], // a tenth, but too soon
      [150, 3500], // the tenth reached earlier is told now
      [199, 4000],
      [210, 7000],
      [220, 22_500], // a long silence
      [1000, 22_600],
    ].filter(([done, now]) => at(done!, now!));
    expect(written).toEqual([
      [1, 0],
      [150, 3500],
      [210, 7000],
      [220, 22_500],
      [1000, 22_600],
    ]);
  });
});
