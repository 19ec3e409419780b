/**
 * A news photo in Markdown: `![mô tả ảnh](./anh/x.jpg "Chú thích. Ảnh: Gia Huy")`, its title the caption with a
 * trailing credit. The build makes it a figure (src/markdown/photo-figures.ts); the web editor writes and reads it.
 */

/** `… tại Hội nghị. Ảnh: Gia Huy` → the caption and `Ảnh: Gia Huy`; also `(Ảnh: …)`, `Ảnh minh họa: …`. */
const CREDIT = /(?:^|\s)\(?((?:Ảnh|Nguồn ảnh)(?: minh (?:họa|hoạ))?\s*:\s*[^()]+?)\)?\s*$/u;

/** A credit already written with its label (`Ảnh: …`, `Ảnh minh họa: …`, `Nguồn ảnh: …`). */
const LABELLED_CREDIT = /^(?:Ảnh|Nguồn ảnh)(?: minh (?:họa|hoạ))?\s*:/u;

export function splitCredit(title: string): { caption: string; credit: string | undefined } {
  const match = CREDIT.exec(title);
  if (!match) return { caption: title.trim(), credit: undefined };
  return { caption: title.slice(0, match.index).trim(), credit: match[1]!.trim() };
}

export interface Photo {
  /** Path relative to the article, e.g. `./anh/hoi-nghi.jpg` */
  src: string;
  alt: string;
  caption?: string | undefined;
  /** Who took it: `Gia Huy`, or a labelled credit such as `Ảnh minh họa: Internet` */
  credit?: string | undefined;
}

/** The image's title: the caption, then the credit labelled `Ảnh:` unless it has a label of its own. */
export function photoTitle(caption = '', credit = ''): string {
  const text = caption.trim();
  const who = credit.trim();
  if (!who) return text;
  const labelled = LABELLED_CREDIT.test(who) ? who : `Ảnh: ${who}`;
  if (!text) return labelled;
  return /[.!?…:]$/u.test(text) ? `${text} ${labelled}` : `${text}. ${labelled}`;
}

/** A file beside the article written as the site's Markdown does: `anh/x.jpg` → `./anh/x.jpg` (URLs as they are). */
export function relativeSrc(src: string): string {
  const path = src.trim();
  if (!path || /^(?:[a-z][a-z0-9+.-]*:|\/|\.\.?\/)/i.test(path)) return path;
  return `./${path}`;
}

/** The Markdown of a photo paragraph. */
export function photoMarkdown(photo: Photo): string {
  const alt = photo.alt.trim().replace(/([\\[\]])/g, '\\$1');
  const title = photoTitle(photo.caption, photo.credit).replace(/(["\\])/g, '\\$1');
  return `![${alt}](${relativeSrc(photo.src)}${title ? ` "${title}"` : ''})`;
}

/** A paragraph holding only an image, as `photoMarkdown` writes it (or a hand-written one). */
export const PHOTO_PARAGRAPH = /^!\[((?:[^\]\\]|\\.)*)\]\(\s*(\S*?)(?:\s+"((?:[^"\\]|\\.)*)")?\s*\)$/u;

/** The photo a paragraph matched by `PHOTO_PARAGRAPH` describes; the credit without its `Ảnh:` label. */
export function photoFromMatch(match: RegExpMatchArray): Photo {
  const unescape = (text: string) => text.replace(/\\(.)/g, '$1');
  const { caption, credit } = splitCredit(unescape(match[3] ?? ''));
  return {
    src: match[2] ?? '',
    alt: unescape(match[1] ?? ''),
    caption,
    credit: credit?.replace(/^Ảnh\s*:\s*/u, ''),
  };
}
