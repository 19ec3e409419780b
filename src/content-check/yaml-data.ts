import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';

export interface YamlData {
  data: unknown;
  /** 1-based line (relative to the YAML text) where the value at `path` starts, if found. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

export type YamlResult = { ok: true; value: YamlData } | { ok: false; reason: string; line: number };

/**
 * Parse YAML keeping positions, with the YAML 1.2 core schema: timestamps stay strings, so a date that does
 * not exist cannot be silently rolled into another day.
 */
export function parseYaml(text: string): YamlResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, schema: 'core', prettyErrors: false, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const line = error.linePos?.[0]?.line ?? lineCounter.linePos(error.pos[0]).line;
    return { ok: false, line, reason: `the YAML cannot be read: ${error.message.split('\n')[0]}` };
  }
  const lineOf = (path: readonly PropertyKey[]) => {
    let node: unknown = doc.contents;
    let found: Node | undefined = doc.contents ?? undefined;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
        node = pair?.value;
        found = (pair?.key as Node | undefined) ?? found;
      } else if (isSeq(node) && typeof key === 'number') {
        node = node.items[key];
        found = (node as Node | undefined) ?? found;
      } else break;
    }
    const offset = found?.range?.[0];
    return offset === undefined ? undefined : lineCounter.linePos(offset).line;
  };
  return { ok: true, value: { data: doc.toJS(), lineOf } };
}
