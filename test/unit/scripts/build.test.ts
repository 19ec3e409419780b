/** The pieces of what `npm run build` prints: its command line, the progress line and its pace, repeated warnings. */
import { describe, expect, it } from 'vitest';
import { BUILD_USAGE, readBuildArgs } from '../../../scripts/build/args.ts';
import { duration, ProgressPacer, progressText } from '../../../scripts/build/progress.ts';
import { groupWarnings } from '../../../scripts/build/repeated-warnings.ts';
import { headlineOf } from '../../../scripts/build/article-changes.ts';

describe('the command line of npm run build', () => {
  it('takes the output folder and --verbose', () => {
    expect(readBuildArgs([])).toEqual({ ok: true, args: { outDir: 'dist', verbose: false } });
    expect(readBuildArgs(['--outDir', 'ra', '-v'])).toEqual({ ok: true, args: { outDir: 'ra', verbose: true } });
  });

  it('answers --help with the usage (exit 0) and a mistyped option with a Vietnamese message and the usage (exit 2)', () => {
    expect(readBuildArgs(['--help'])).toEqual({ ok: false, code: 0, text: BUILD_USAGE });
    const wrong = readBuildArgs(['--outdir', 'x']);
    expect(wrong).toMatchObject({ ok: false, code: 2 });
    expect(!wrong.ok && wrong.text).toMatch(/^Không hiểu tham số "--outdir"/);
    expect(!wrong.ok && wrong.text).toContain(BUILD_USAGE);
    expect(readBuildArgs(['--outDir'])).toMatchObject({ ok: false, code: 2 });
  });
});

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

describe('repeated warnings', () => {
  it('are told once per kind: the first few, then a line with the count', () => {
    const messages = [
      ...Array.from({ length: 40 }, (_, i) => `[assets] ảnh content/articles/2024/bai-${i}/anh.jpg rộng ${3000 + i} px, nên dưới 2000 px`),
      'một cảnh báo khác',
    ];
    expect(groupWarnings(messages, 2, 'đủ trong dist.log')).toEqual([
      messages[0],
      messages[1],
      '… và 38 cảnh báo khác cùng loại (đủ trong dist.log)',
      'một cảnh báo khác',
    ]);
  });
});

describe('an article page’s headline', () => {
  it('is read from its h1, entities decoded', () => {
    expect(headlineOf('<main><h1 class="article__title" data-search="title">Hội nghị &amp; &quot;tổng kết&quot; &#39;2024&#39;</h1>')).toBe(
      `Hội nghị & "tổng kết" '2024'`,
    );
    expect(headlineOf('<main></main>')).toBeUndefined();
  });
});
