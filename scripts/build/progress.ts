/**
 * The build's one line of progress while Astro renders pages: rewritten in place on a terminal, and in a log that is
 * not one (CI) a new line only at each tenth of the pages or after a long silence, never more often than every
 * few seconds. Pure: what to print is decided here, build/console-report.ts writes it.
 */
import { formatCount } from '../../src/lib/text.ts';

/** `0,8 s`, `45 s`, `2 ph 05 s` */
export function duration(ms: number): string {
  const seconds = ms / 1000;
  if (seconds < 10) return `${seconds.toFixed(1).replace('.', ',')} s`;
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)} ph ${String(whole % 60).padStart(2, '0')} s`;
}

export interface PagesDone {
  done: number;
  /** all pages Astro will write, once it has listed them */
  total: number | undefined;
  elapsedMs: number;
}

/** `Trang: 1.234/3.012 (41%), 25 s, còn khoảng 36 s` */
export function progressText({ done, total, elapsedMs }: PagesDone): string {
  if (!total) return `Trang: ${formatCount(done)}, ${duration(elapsedMs)}`;
  const shown = Math.min(done, total);
  const percent = Math.floor((shown / total) * 100);
  // An estimate from the first few pages (the share pictures, slower than articles) would only mislead.
  const left = shown >= total / 20 && shown < total ? `, còn khoảng ${duration((elapsedMs / shown) * (total - shown))}` : '';
  return `Trang: ${formatCount(shown)}/${formatCount(total)} (${percent}%), ${duration(elapsedMs)}${left}`;
}

/** On a terminal: at most ten redraws a second. */
const TTY_EVERY_MS = 100;
/** Elsewhere: a line at each tenth, at most one every few seconds, and one after this long without any. */
const LOG_MIN_MS = 3_000;
const LOG_SILENCE_MS = 15_000;

/** Decides when the progress line is written. */
export class ProgressPacer {
  private lastAt = -Infinity;
  private lastTenth = 0;
  private readonly tty: boolean;
  constructor(tty: boolean) {
    this.tty = tty;
  }

  /** Whether to write the line now (`now` in ms, from any fixed origin). The last page is always told. */
  due({ done, total }: PagesDone, now: number): boolean {
    const finished = total !== undefined && done >= total;
    const tenth = total ? Math.floor((Math.min(done, total) / total) * 10) : 0;
    const since = now - this.lastAt;
    const due = this.tty
      ? finished || since >= TTY_EVERY_MS
      : finished || (tenth > this.lastTenth && since >= LOG_MIN_MS) || since >= LOG_SILENCE_MS;
    if (due) {
      this.lastAt = now;
      this.lastTenth = tenth;
    }
    return due;
  }
}
