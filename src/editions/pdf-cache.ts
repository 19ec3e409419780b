/**
 * Editions' PDFs kept between builds (`<cacheDir>/editions/`), by a key of everything the PDF shows: the print page's
 * HTML, which names every file it loads by a name Astro derives from the file's content (styles, fonts, photos), and
 * the renderer (this pipeline's version, Chromium's, pdf-lib's). A rebuild renders an edition again only when its key
 * changes; an entry no build uses any more is deleted.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256 } from '../node/digest.ts';

/** Raise when the pipeline changes what it makes of the same page (layout passes, metadata, boxes). */
export const PIPELINE_VERSION = 1;

export interface CachedPdf {
  bytes: Uint8Array;
  pages: number;
  starts: number[];
}

/** A dependency's version, from its package.json in the project's node_modules (some packages do not export it). */
const versionOf = (name: string) => {
  const file = new URL(`../../node_modules/${name}/package.json`, import.meta.url);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : '?';
};

/**
 * The renderer's part of the key: the libraries, and a Chromium from the system or `CHROMIUM_PATH` by its path, size
 * and date (an upgrade changes them). The npm package's Chromium is its version: it is unpacked again into /tmp after
 * a restart, with a new date and the same bytes.
 */
export function rendererKey(chromium: { executablePath: string; source: 'env' | 'system' | 'package' } | undefined): string {
  const executablePath = chromium?.source === 'package' ? 'package' : chromium?.executablePath;
  const exe = executablePath && existsSync(executablePath) ? statSync(executablePath) : undefined;
  return JSON.stringify([PIPELINE_VERSION, versionOf('pdf-lib'), versionOf('playwright-core'), versionOf('@sparticuz/chromium'), executablePath ?? '', exe?.size ?? 0, exe?.mtimeMs ?? 0]);
}

export function pdfKey(printHtml: string, renderer: string): string {
  return sha256(`${renderer}\0${printHtml}`).slice(0, 32);
}

export class PdfCache {
  private readonly used = new Set<string>();
  private readonly dir: string;
  constructor(dir: string) {
    this.dir = dir;
  }

  async get(key: string): Promise<CachedPdf | undefined> {
    this.used.add(key);
    try {
      const meta = JSON.parse(readFileSync(join(this.dir, `${key}.json`), 'utf8')) as Omit<CachedPdf, 'bytes'>;
      return { ...meta, bytes: await readFile(join(this.dir, `${key}.pdf`)) };
    } catch {
      return undefined;
    }
  }

  async put(key: string, pdf: CachedPdf): Promise<void> {
    this.used.add(key);
    await mkdir(this.dir, { recursive: true });
    await writeFile(join(this.dir, `${key}.pdf`), pdf.bytes);
    await writeFile(join(this.dir, `${key}.json`), JSON.stringify({ pages: pdf.pages, starts: pdf.starts }));
  }

  /** Delete the entries this build did not use. */
  async prune(): Promise<void> {
    const files = await readdir(this.dir).catch(() => [] as string[]);
    await Promise.all(files.filter((file) => !this.used.has(file.replace(/\.(pdf|json)$/, ''))).map((file) => rm(join(this.dir, file), { force: true })));
  }
}
