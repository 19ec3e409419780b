import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';

export type ImageKind = 'jpeg' | 'png' | 'webp' | 'gif' | 'avif' | 'tiff' | 'svg';

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

/** What kind of image the first bytes of a file say it is, whatever its name; `undefined` for anything else. */
export function imageKind(head: Uint8Array): ImageKind | undefined {
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (ascii(head, 1, 4) === 'PNG' && head[0] === 0x89) return 'png';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return 'webp';
  if (ascii(head, 0, 4) === 'GIF8') return 'gif';
  if (ascii(head, 4, 8) === 'ftyp' && /^avi[fs]$/.test(ascii(head, 8, 12))) return 'avif';
  if (ascii(head, 0, 4) === 'II*\0' || ascii(head, 0, 4) === 'MM\0*') return 'tiff';
  if (/<svg[\s>]/.test(new TextDecoder().decode(head))) return 'svg';
  return undefined;
}

/**
 * `kindOf(path)` for files under `dir` (relative paths): reads the first bytes of each file asked about, once.
 * An SVG's `<svg` tag may come after an XML declaration and comments, so up to 1 KiB is read.
 */
export function imageKindReader(dir: string): (path: string) => ImageKind | undefined {
  const known = new Map<string, ImageKind | undefined>();
  return (path) => {
    if (known.has(path)) return known.get(path);
    const head = new Uint8Array(1024);
    let length = 0;
    try {
      const fd = openSync(join(dir, path), 'r');
      try {
        length = readSync(fd, head, 0, head.length, 0);
      } finally {
        closeSync(fd);
      }
    } catch {
      length = 0;
    }
    const kind = imageKind(head.subarray(0, length));
    known.set(path, kind);
    return kind;
  };
}
