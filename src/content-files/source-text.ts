/** Turning a content file's bytes into text an editor meant, or saying clearly why not. */

export type Decoded = { ok: true; text: string } | { ok: false; reason: string; line: number };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decode strict UTF-8 (a BOM is dropped), normalise CRLF/CR line ends to LF. */
export function decodeSource(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: decoder.decode(bytes).replace(/\r\n?/g, '\n') };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    let line = 1;
    for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
    return {
      ok: false,
      line,
      reason: `không phải UTF-8 hợp lệ (byte ${offset}); hãy lưu lại tệp ở dạng UTF-8 trong trình soạn thảo`,
    };
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += len;
  }
  return bytes.length;
}

export interface Frontmatter {
  yaml: string;
  /** 1-based line of the first YAML line in the file */
  firstLine: number;
  body: string;
}

export type SplitResult = { ok: true; value: Frontmatter } | { ok: false; reason: string; line: number };

/** Split `---` fenced frontmatter from the body. */
export function splitFrontmatter(text: string): SplitResult {
  if (text.trim() === '') return { ok: false, line: 1, reason: 'tệp trống, chưa có nội dung' };
  const lines = text.split('\n');
  if (lines[0]!.trimEnd() !== '---') {
    return { ok: false, line: 1, reason: 'tệp phải bắt đầu bằng phần khai báo (frontmatter), mở bằng một dòng "---"' };
  }
  const close = lines.findIndex((line, i) => i > 0 && line.trimEnd() === '---');
  if (close < 0) {
    return { ok: false, line: 1, reason: 'phần khai báo (frontmatter) mở ở dòng 1 chưa được đóng bằng một dòng "---"' };
  }
  return {
    ok: true,
    value: { yaml: lines.slice(1, close).join('\n'), firstLine: 2, body: lines.slice(close + 1).join('\n') },
  };
}
