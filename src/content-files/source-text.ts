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
