/**
 * Pins the format of Astro's build log that scripts/build/astro-log.ts reads (Astro 7.3): an upgrade that changes it
 * fails here, not silently in the progress line, the phase times and the search prewarm.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlePagesStarted, readAstroLine } from '../../../../scripts/build/astro-log.ts';
import { projectRoot } from '../../../support/paths.ts';

/** A module of the installed Astro, its `├─` as written whether the bundler escaped it (7.3) or not (7.4). */
const astroFile = async (path: string) => (await readFile(join(projectRoot, 'node_modules/astro/dist', path), 'utf8')).replaceAll('\\u251C\\u2500', '├─');

describe('the installed Astro still writes the lines read', () => {
  it('page starts, page ends, the phases and warnings, as in Astro 7.3 and 7.4', async () => {
    const generate = await astroFile('core/build/generate.js');
    expect(generate).toContain('`  ${colors.blue("├─")} ${colors.dim(filePath)}`, false');
    expect(generate).toContain('restored ? ` ${colors.green("(restored)")}` : ` ${colors.green("(cached)")}`');
    expect(generate).toContain('(`(+${getTimeStat(timeStart, timeEnd)})`)');
    expect(generate).toContain('${verb} static routes');
    expect(await astroFile('core/build/static-build.js')).toContain('`Building ${settings.buildOutput} entrypoints...`');
    expect(await astroFile('core/build/index.js')).toContain('`${pageCount} page(s) built in`');
    expect(await astroFile('content/content-layer.js')).toContain('"Syncing content"');
    expect(await astroFile('core/logger/core.js')).toContain('prefix.push(`[${level.toUpperCase()}]`)');
  });
});

describe("Astro's build log", () => {
  it('names each page started on a line, several when pages render at once, and counts those done', () => {
    // As Astro writes them without a terminal: a start has no newline, so the next start is glued to it.
    const line = readAstroLine('13:38:21   ├─ /404.html13:38:21   ├─ /bai-viet/2024/hop-chi-bo/index.html13:38:21   ├─ /rss.xml (+35ms) ');
    expect(line.started).toEqual(['/404.html', '/bai-viet/2024/hop-chi-bo/index.html', '/rss.xml']);
    expect(line.done).toBe(1);
    expect(articlePagesStarted(line)).toEqual(['bai-viet/2024/hop-chi-bo/index.html']);
  });

  it('counts pages done in any of the forms Astro writes: a time, cached, restored, or a done mark alone', () => {
    expect(readAstroLine('13:38:21   ├─ /don-vi/index.html (+1.25s) ').done).toBe(1);
    expect(readAstroLine('13:38:21   ├─ /don-vi/index.html (+1m 5s) ').done).toBe(1);
    expect(readAstroLine('13:38:21   ├─ /bai-viet/2020/a/index.html (cached)').done).toBe(1);
    expect(readAstroLine('13:38:21   ├─ /bai-viet/2020/a/index.html (restored)').done).toBe(1);
    expect(readAstroLine(' (+9ms) ').done).toBe(1);
    expect(readAstroLine('13:38:21 [build] Collecting build info...').done).toBe(0);
  });

  it('reads lines in colour as on a terminal', () => {
    const coloured = '\x1b[2m13:38:21\x1b[22m   \x1b[34m├─\x1b[39m \x1b[2m/bai-viet/2024/hop/index.html\x1b[22m\x1b[2m (+12ms)\x1b[22m ';
    const line = readAstroLine(coloured);
    expect(articlePagesStarted(line)).toEqual(['bai-viet/2024/hop/index.html']);
    expect(line.done).toBe(1);
  });

  it('tells the phases apart by the lines that open them', () => {
    expect(readAstroLine('22:35:00 [content] Syncing content').phase).toBe('content');
    expect(readAstroLine('22:35:05 [build] Building static entrypoints...').phase).toBe('bundle');
    expect(readAstroLine(' generating static routes ').phase).toBe('pages');
    expect(readAstroLine('\x1b[42m\x1b[30m generating static routes \x1b[39m\x1b[49m').phase).toBe('pages');
    expect(readAstroLine('22:35:20 [build] 3004 page(s) built in 23.32s').phase).toBe('finish');
    expect(readAstroLine('22:35:20 [build] Complete!').phase).toBeUndefined();
  });

  it('picks out warnings and errors without their time stamp', () => {
    expect(readAstroLine('\x1b[1m\x1b[33m22:35:20 [WARN] [build] Could not prune stale incremental cache file x\x1b[39m').problem).toEqual({
      level: 'warn',
      message: '[build] Could not prune stale incremental cache file x',
    });
    expect(readAstroLine('22:35:20 [ERROR] [vite] x').problem?.level).toBe('error');
    expect(readAstroLine('22:35:20 [build] Complete!').problem).toBeUndefined();
  });
});
