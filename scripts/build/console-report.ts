/**
 * What `npm run build` prints: phase lines in Vietnamese, one line of progress while Astro renders pages, warnings
 * told once per kind, and the summary. Astro's own lines are echoed only with --verbose; every line, Astro's
 * included, goes to the log file beside the output folder (`dist.log`).
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { articlePagesStarted, readAstroLine, withoutColours, type AstroPhase } from './astro-log.ts';
import { duration, ProgressPacer, progressText } from './progress.ts';
import { formatCount } from '../../src/lib/text.ts';
import { groupWarnings } from './repeated-warnings.ts';
import type { Phase } from './summary.ts';

const ASTRO_PHASES: Record<AstroPhase, string | undefined> = {
  content: 'nội dung',
  bundle: 'đóng gói mã trang',
  pages: 'trang',
  finish: undefined,
};

export interface ReportOptions {
  verbose: boolean;
  /** whether stdout is a terminal (the progress line is then rewritten in place) */
  tty: boolean;
  logFile: string;
  out?: NodeJS.WritableStream;
  /** a clock in ms (tests and the progress estimate) */
  clock?: () => number;
}

export class BuildReport {
  readonly phases: Phase[] = [];
  private readonly out: NodeJS.WritableStream;
  private readonly log: WriteStream;
  private readonly clock: () => number;
  private readonly started: number;
  private readonly pacer: ProgressPacer;
  private progress: string | undefined;
  private astroPhase: { name: string; at: number } | undefined;
  private pagesAt = 0;
  private pagesDone = 0;
  private pagesTotal: number | undefined;
  private pagesTold = false;
  private astroWarnings: string[] = [];
  private pendingAstro = '';

  private readonly options: ReportOptions;

  constructor(options: ReportOptions) {
    this.options = options;
    this.out = options.out ?? process.stdout;
    this.log = createWriteStream(options.logFile);
    this.clock = options.clock ?? (() => performance.now());
    this.started = this.clock();
    this.pacer = new ProgressPacer(options.tty);
  }

  /** Milliseconds since the build started. */
  elapsed(): number {
    return this.clock() - this.started;
  }

  /** A line for the reader (and the log). */
  say(line: string): void {
    this.clearProgress();
    this.out.write(`${line}\n`);
    this.log.write(`${line}\n`);
    this.drawProgress();
  }

  /** A line for the log file only. */
  logOnly(line: string): void {
    this.log.write(`${line}\n`);
  }

  /** An error, on standard error (and in the log). */
  error(line: string): void {
    this.clearProgress();
    this.progress = undefined;
    process.stderr.write(`${line}\n`);
    this.log.write(`${line}\n`);
  }

  /** A line for the log only (and for the reader with --verbose). */
  detail(line: string): void {
    if (this.options.verbose) this.say(line);
    else this.log.write(`${line}\n`);
  }

  /**
   * Time a phase of our own; its line is told when it ends: `✓ chỉ mục tìm kiếm: 2.000 bài (1,9 s)`, or with ✗ when
   * `ok` says its result stops the build.
   */
  async phase<T>(name: string, run: () => Promise<T>, detail?: (result: T) => string, ok?: (result: T) => boolean): Promise<T> {
    const at = this.clock();
    const result = await run();
    this.endPhase(name, at, detail?.(result), ok?.(result) ?? true);
    return result;
  }

  private endPhase(name: string, at: number, detail?: string, ok = true): void {
    const ms = this.clock() - at;
    this.phases.push({ name, ms });
    this.say(`${ok ? '✓' : '✗'} ${name}${detail ? `: ${detail}` : ''} (${duration(ms)})`);
  }

  /** Astro has listed the pages it will write. */
  pagesToWrite(total: number): void {
    this.pagesTotal = total;
  }

  /** A chunk of Astro's standard output; `onArticle` is told each article page Astro starts. */
  astroOutput(chunk: string, onArticle: (page: string) => void): void {
    if (this.options.verbose) {
      this.clearProgress();
      this.out.write(chunk);
    }
    const lines = (this.pendingAstro + chunk).split('\n');
    this.pendingAstro = lines.pop()!;
    for (const raw of lines) this.astroLine(raw, onArticle);
  }

  /** Astro's standard error, once it is to be shown. */
  astroErrors(chunk: Buffer | string): void {
    this.clearProgress();
    process.stderr.write(chunk);
    this.log.write(withoutColours(chunk.toString()));
    this.drawProgress();
  }

  private astroLine(raw: string, onArticle: (page: string) => void): void {
    const line = readAstroLine(raw);
    this.log.write(`${line.text}\n`);
    for (const page of articlePagesStarted(line)) onArticle(page);
    if (line.phase) this.astroPhaseOpens(line.phase);
    if (line.problem?.level === 'warn') this.astroWarnings.push(line.problem.message);
    if (line.done > 0 && this.astroPhase?.name === ASTRO_PHASES.pages) {
      this.pagesDone += line.done;
      this.pagesProgress();
    }
  }

  private astroPhaseOpens(phase: AstroPhase): void {
    const now = this.clock();
    if (this.astroPhase) {
      if (this.astroPhase.name === ASTRO_PHASES.pages) this.pagesFinished();
      this.endPhase(this.astroPhase.name, this.astroPhase.at, this.astroPhase.name === ASTRO_PHASES.pages ? `${formatCount(this.pagesDone)} trang và tệp` : undefined);
    } else {
      this.endPhase('khởi động Astro', this.started);
    }
    const name = ASTRO_PHASES[phase];
    this.astroPhase = name ? { name, at: now } : undefined;
    if (phase === 'pages') this.pagesAt = now;
  }

  private pagesProgress(): void {
    if (this.options.verbose || this.pagesTold) return;
    const state = { done: this.pagesDone, total: this.pagesTotal, elapsedMs: this.clock() - this.pagesAt };
    if (state.total !== undefined && state.done >= state.total) return this.pagesFinished();
    if (!this.pacer.due(state, this.clock())) return;
    const text = progressText(state);
    if (this.options.tty) {
      this.progress = text;
      this.drawProgress();
    } else {
      this.out.write(`${text}\n`);
    }
  }

  /** The progress line gives way to the phase's line. */
  private pagesFinished(): void {
    if (this.pagesTold) return;
    this.pagesTold = true;
    this.clearProgress();
    this.progress = undefined;
  }

  private clearProgress(): void {
    if (this.options.tty && this.progress) this.out.write('\r\x1b[2K');
  }

  private drawProgress(): void {
    if (this.options.tty && this.progress) this.out.write(`\r\x1b[2K${this.progress}`);
  }

  /** Astro has exited: its last phase ends (if it succeeded), its warnings are told once per kind. */
  astroDone(succeeded: boolean): void {
    if (this.pendingAstro) this.astroLine(this.pendingAstro, () => {});
    this.pendingAstro = '';
    this.pagesFinished();
    if (this.astroPhase && succeeded) this.endPhase(this.astroPhase.name, this.astroPhase.at);
    this.astroPhase = undefined;
    if (this.astroWarnings.length > 0 && !this.options.verbose) {
      this.say(`Astro có ${this.astroWarnings.length} cảnh báo:`);
      for (const line of groupWarnings(this.astroWarnings, 3, `đủ trong ${this.options.logFile}`)) this.say(`  ${line}`);
    }
  }

  /** Every line written to the log file. */
  close(): Promise<void> {
    this.clearProgress();
    return new Promise((done) => this.log.end(done));
  }
}
