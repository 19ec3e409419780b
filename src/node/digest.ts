import { createHash } from 'node:crypto';

/** A short stable hash of any JSON-able values: the cache key of a page built from them. */
export function digest(...parts: unknown[]): string {
  return createHash('sha1').update(JSON.stringify(parts)).digest('base64url').slice(0, 22);
}
