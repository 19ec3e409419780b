/** Classifying the lines of an article body: paragraphs, subheadings and photo captions. */

export type Block =
  | { type: 'paragraph'; text: string }
  | { type: 'heading'; text: string }
  | { type: 'figure'; caption: string | undefined; credit: string | undefined };

/** `… Ảnh: Quang Hiếu`, `… - Ảnh: Gia Huy`, `Ảnh: Gia Huy`, `(Ảnh: TTXVN)`: a caption and its credit. */
const CREDIT = /^(?:(.*?)\s*(?:[-–—]\s*)?)?\(?\s*Ảnh\s*:\s*([^():.]{1,60}?)\s*\)?\.?$/u;

/** A short line without closing punctuation is a subheading. */
const MAX_HEADING_CHARS = 120;
const MAX_HEADING_WORDS = 20;
const CLOSING = /[.!?;:,…]$/;

function captionOf(line: string): { caption: string | undefined; credit: string } | undefined {
  const m = CREDIT.exec(line);
  if (!m || m[2]!.split(' ').length > 6) return undefined;
  const caption = m[1]?.trim();
  return { caption: caption ? caption : undefined, credit: `Ảnh: ${m[2]!.trim()}` };
}

function isHeading(line: string): boolean {
  return (
    line.length <= MAX_HEADING_CHARS &&
    line.split(' ').length <= MAX_HEADING_WORDS &&
    !CLOSING.test(line) &&
    /^[\p{Lu}\p{N}"“]/u.test(line)
  );
}

/** Blocks of the body. A caption line repeated (the portal prints it under the photo twice) is shown once. */
export function bodyBlocks(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const repeated = lines[i + 1] === line;
    const credited = captionOf(line);
    if (credited) {
      blocks.push({ type: 'figure', ...credited });
    } else if (repeated) {
      blocks.push({ type: 'figure', caption: line, credit: undefined });
    } else if (isHeading(line) && i > 0 && i < lines.length - 1) {
      blocks.push({ type: 'heading', text: line });
    } else {
      blocks.push({ type: 'paragraph', text: line });
    }
    while (lines[i + 1] === line) i++;
  }
  return blocks;
}
