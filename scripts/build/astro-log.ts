/**
 * What the build reads from Astro's log (astro/dist/core/build/generate.js and core/logger/core.js, Astro 7.3 and 7.4):
 * a framework internal, not an API, so it is read here and nowhere else, and test/unit/scripts/build/astro-log.test.ts
 * pins the line format. If an Astro upgrade changes it, that test fails rather than the progress line silently stopping.
 *
 * Astro renders a few pages at once: `  ├─ /path` is written when a page starts (no newline), ` (+12ms) ` (or
 * ` (cached)`, ` (restored)`) when it is done, so one line may name several pages and a done mark may stand alone.
 */
import { articleIdOfPageFile } from '../../src/lib/paths.ts';

/** Astro's build phases, in the order it goes through them. */
export type AstroPhase = 'content' | 'bundle' | 'pages' | 'finish';

export interface AstroLine {
  /** the line without colours */
  text: string;
  /** site paths of the pages started on this line (`/bai-viet/2024/x/index.html`) */
  started: string[];
  /** how many pages this line reports as done */
  done: number;
  /** the phase this line opens, if it opens one */
  phase?: AstroPhase | undefined;
  /** a warning (`[WARN]`) or an error (`[ERROR]`), without its time stamp */
  problem?: { level: 'warn' | 'error'; message: string } | undefined;
}

const COLOURS = /\x1b\[[0-9;]*m/g;
// A started page's path runs to the next space, or to the time stamp of the next line glued to it.
const PAGE_STARTED = /├─ (\/\S+?)(?=\d\d:\d\d:\d\d|\s|$)/g;
const PAGE_DONE = /\((?:\+(?:\d+m \d+s|[\d.]+m?s)|cached|restored)\)/g;
const PROBLEM = /^(?:\d\d:\d\d:\d\d )?\[(WARN|ERROR)\] (.*)$/;

/** Lines that open a phase: the first of each Astro prints. */
const PHASES: [RegExp, AstroPhase][] = [
  [/\[content\] Syncing content/, 'content'],
  [/\[build\] Building \w+ entrypoints/, 'bundle'],
  [/^\s*generating static routes\s*$/, 'pages'],
  [/\[build\] \d+ page\(s\) built in /, 'finish'],
];

export const withoutColours = (line: string) => line.replace(COLOURS, '');

export function readAstroLine(raw: string): AstroLine {
  const text = withoutColours(raw).trimEnd();
  const started = [...text.matchAll(PAGE_STARTED)].map((match) => match[1]!);
  const done = text.match(PAGE_DONE)?.length ?? 0;
  const phase = PHASES.find(([pattern]) => pattern.test(text))?.[1];
  const problem = PROBLEM.exec(text.trim());
  return {
    text,
    started,
    done,
    phase,
    problem: problem ? { level: problem[1] === 'WARN' ? 'warn' : 'error', message: problem[2]! } : undefined,
  };
}

/** The article page among a line's started pages: `/bai-viet/2024/x/index.html` → `bai-viet/2024/x/index.html`. */
export function articlePagesStarted(line: AstroLine): string[] {
  return line.started.map((path) => path.slice(1)).filter((file) => articleIdOfPageFile(file) !== undefined);
}
