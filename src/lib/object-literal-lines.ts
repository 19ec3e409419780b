/**
 * Where a value is written in a TypeScript object literal laid out one property per line, as `src/site.config.ts`
 * is: the configuration's problems point at a line, like content's. Not a parser: it follows indentation, which is
 * how a person reads the file too; whatever it cannot place gives the line of the nearest parent it can.
 */
import { escapeRegExp } from './text.ts';

const indentOf = (line: string) => line.length - line.trimStart().length;
const isBlank = (line: string) => /^\s*(?:$|\/\/|\/\*|\*)/.test(line);

/** The index of the first line after `start` that is written no deeper than it (its block's end). */
function blockEnd(lines: readonly string[], start: number): number {
  const indent = indentOf(lines[start]!);
  for (let i = start + 1; i < lines.length; i++) if (!isBlank(lines[i]!) && indentOf(lines[i]!) <= indent) return i;
  return lines.length;
}

/** The non-blank lines directly inside the block opened at `start`: its properties, or its items. */
function children(lines: readonly string[], start: number): number[] {
  const end = blockEnd(lines, start);
  const inner = [];
  for (let i = start + 1; i < end; i++) if (!isBlank(lines[i]!)) inner.push(i);
  const indent = Math.min(...inner.map((i) => indentOf(lines[i]!)));
  return inner.filter((i) => indentOf(lines[i]!) === indent);
}

/**
 * The 1-based line of the value at `path` (`['imprint', 'licence', 'date']`, `['navUnits', 1]`) in the object opened
 * on the first line matching `opening`; for a path not written there (a missing field), its nearest written parent's.
 */
export function objectLiteralLine(source: string, path: readonly PropertyKey[], opening: RegExp): number | undefined {
  const lines = source.split('\n');
  let at = lines.findIndex((line) => opening.test(line));
  if (at < 0) return undefined;
  for (const key of path) {
    const line = lines[at]!;
    if (typeof key === 'number') {
      // A list on one line (`navUnits: ['a', 'b']`) is pointed at as a whole; one item a line, at the item.
      if (/\[.*\]/.test(line)) break;
      const item = children(lines, at)[key];
      if (item === undefined) break;
      at = item;
      continue;
    }
    const property = new RegExp(`^\\s*(['"]?)${escapeRegExp(String(key))}\\1\\s*:`);
    const found = children(lines, at).find((i) => property.test(lines[i]!));
    if (found === undefined) break;
    at = found;
  }
  return at + 1;
}
