import { createHash } from 'node:crypto';

/** A short stable hash of any JSON-able values: the cache key of a page built from them. */
export function digest(...parts: unknown[]): string {
  return createHash('sha1').update(JSON.stringify(parts)).digest('base64url').slice(0, 22);
}

/** SHA-256 of a text or of a file's bytes: what the search index and the PDF cache name their files by. */
export const sha256 = (data: string | Uint8Array, encoding: 'hex' | 'base64url' = 'hex') => createHash('sha256').update(data).digest(encoding);

/** The 16 hex digits that name a folder or file by its content (`van-ban-0123456789abcdef`). */
export const contentTag = (text: string) => sha256(text).slice(0, 16);
