/** A document's attachments as readers get them: a stable ASCII name, the file type, the size. */
import { slugify } from './slug.ts';

/** File types a document may be attached as, by extension, with the name readers see. */
export const ATTACHMENT_TYPES: Readonly<Record<string, string>> = { pdf: 'PDF', doc: 'DOC', docx: 'DOCX', odt: 'ODT' };

const extension = (src: string) => src.split('.').pop()!.toLowerCase();

/** `./Toàn văn Chỉ thị 35.PDF` → `toan-van-chi-thi-35.pdf`: the name the file is published under. */
export function attachmentName(src: string): string {
  const base = src.split('/').pop()!;
  return `${slugify(base.slice(0, base.length - extension(base).length - 1)) || 'tep'}.${extension(base)}`;
}

/** `PDF`, `DOCX`, …; `undefined` for a type documents are not attached as. */
export const attachmentType = (src: string): string | undefined => ATTACHMENT_TYPES[extension(src)];

/** A size as Vietnamese readers write it: `850 KB`, `1,2 MB` (decimal comma). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] : [bytes / (1024 * 1024), 'MB'];
  const rounded = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
  return `${String(rounded).replace('.', ',')} ${unit}`;
}
