/**
 * Warnings that repeat once per article or page (Astro's, the PDF step's, the search index's) told once per kind:
 * the first few in full, then one line with the count. The full list is in the build's log file and behind
 * --verbose. Content warnings have their own grouping, by field (summariseWarnings in src/content-check).
 */
import { formatCount } from '../../src/lib/text.ts';

/** What is left of a message once what varies from one page to the next is taken out. */
export function warningKind(message: string): string {
  return message
    .replace(/(["'`“])[^"'`”]*(["'`”])/g, '$1…$2')
    .replace(/(?:[\w.-]*\/)+[\w.-]*/g, '<đường dẫn>')
    .replace(/\d+(?:[.,]\d+)*/g, 'N');
}

export function groupWarnings(messages: readonly string[], shown = 3, where = 'xem tệp nhật ký, hoặc dựng với --verbose'): string[] {
  const kinds = new Map<string, string[]>();
  for (const message of messages) {
    const kind = warningKind(message);
    const list = kinds.get(kind) ?? [];
    list.push(message);
    kinds.set(kind, list);
  }
  return [...kinds.values()].flatMap((list) => [
    ...list.slice(0, shown),
    ...(list.length > shown ? [`… và ${formatCount(list.length - shown)} cảnh báo khác cùng loại (${where})`] : []),
  ]);
}
