import type { Block } from '../import/dump-body.ts';
import { parseDump } from '../import/parse-dump.ts';
import type { TextPool } from './generate-archive.ts';

/** Paragraphs, captions and subheadings of portal dumps, to write realistic synthetic articles with. */
export function textPool(dumps: readonly string[]): TextPool {
  const pool: TextPool = { paragraphs: [], captions: [], headings: [] };
  for (const dump of dumps) {
    const parsed = parseDump(dump);
    if (!parsed.ok) throw new Error(`sample dump cannot be read: ${parsed.reason}`);
    pool.paragraphs.push(parsed.article.lede);
    for (const block of parsed.article.blocks as Block[]) {
      if (block.type === 'paragraph') pool.paragraphs.push(block.text);
      else if (block.type === 'heading') pool.headings.push(block.text);
      else if (block.caption) pool.captions.push(block.caption);
    }
  }
  return pool;
}
