import { describe, expect, it } from 'vitest';
import { BUILD_USAGE, readBuildArgs } from '../../../../scripts/build/args.ts';

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
