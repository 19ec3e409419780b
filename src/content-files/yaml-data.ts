import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';

export interface YamlData {
  data: unknown;
  /** 1-based line (relative to the YAML text) where the value at `path` starts, if found. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

export type YamlResult = { ok: true; value: YamlData } | { ok: false; reason: string; line: number };

/** What a YAML syntax error means, in the words of an editor who wrote `title: …` lines; the parser's own English as a last resort. */
function explainYamlError(code: string, message: string, lineText: string): string {
  // A tab in the indentation confuses the parser into any of several complaints.
  if (/^\s*\t/.test(lineText)) code = 'TAB_AS_INDENT';
  switch (code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'có dấu ":" ở giữa giá trị, hoặc một dòng bị thụt lề thừa; nếu giá trị có dấu ":", hãy đặt cả giá trị trong dấu ngoặc kép "…"';
    case 'MULTILINE_IMPLICIT_KEY':
      return 'một dòng thiếu dấu ":" sau tên trường, hoặc bị thụt lề sai';
    case 'DUPLICATE_KEY':
      return 'có một trường được viết hai lần; hãy xóa một dòng';
    case 'TAB_AS_INDENT':
      return 'dòng được thụt lề bằng phím Tab; hãy thụt lề bằng dấu cách';
    case 'BAD_INDENT':
      if (message.startsWith('Flow sequence')) return 'thiếu dấu "]" để đóng danh sách mở bằng "["';
      if (message.startsWith('Flow map')) return 'thiếu dấu "}" để đóng phần mở bằng "{"';
      return 'thụt lề không đúng';
    case 'MISSING_CHAR':
      if (/quote/i.test(message)) return 'thiếu dấu ngoặc kép đóng ở cuối giá trị';
      return 'thiếu một ký tự (dấu ngoặc, dấu ngoặc kép hoặc dấu ":")';
    case 'UNEXPECTED_TOKEN':
      return 'có chữ thừa sau giá trị, thường do dấu nháy \' hoặc " nằm giữa giá trị; hãy đặt cả giá trị trong cặp dấu nháy loại kia';
    case 'BAD_SCALAR_START':
      return `giá trị không được bắt đầu bằng ký tự ${message.slice(-1)}; hãy đặt cả giá trị trong dấu ngoặc kép "…"`;
    case 'MULTIPLE_DOCS':
      return 'có thêm một dòng "---"; chỉ được có một khối YAML';
    default:
      return `lỗi cú pháp (${message})`;
  }
}

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
    const explanation = explainYamlError(error.code, error.message.split('\n')[0]!, text.split('\n')[line - 1] ?? '');
    return { ok: false, line, reason: `YAML viết sai cú pháp, không đọc được: ${explanation}` };
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
