import type { z } from 'astro/zod';

export interface IssueReport {
  /** Dotted path of the field, `undefined` for the record as a whole */
  field: string | undefined;
  /** Path to point the editor's line at */
  path: PropertyKey[];
  message: string;
}

const MISSING = 'bắt buộc nhưng đang thiếu';
const UNKNOWN_FIELD = 'không có trường nào tên như vậy; hãy kiểm tra chính tả';

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const EXPECTED: Record<string, string> = {
  string: 'phải là một đoạn chữ',
  number: 'phải là một số',
  int: 'phải là một số nguyên',
  boolean: 'phải là true hoặc false',
  array: 'phải là một danh sách, ví dụ [a, b]',
  object: 'phải gồm các trường con, mỗi trường một dòng thụt lề bên dưới',
};

/**
 * Vietnamese for the schema checks that carry no message of their own (zod's defaults are English). Pass it to
 * `safeParse(data, { error: vietnameseIssue })`: a message a schema gives itself still wins.
 */
export const vietnameseIssue: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? MISSING : (EXPECTED[issue.expected] ?? 'có giá trị không đúng kiểu');
    case 'too_small':
      if (issue.origin === 'array' || issue.origin === 'set') return `cần ít nhất ${issue.minimum} mục`;
      if (issue.origin === 'string') return `phải dài ít nhất ${issue.minimum} ký tự`;
      return issue.inclusive ? `phải từ ${issue.minimum} trở lên` : `phải lớn hơn ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'array' || issue.origin === 'set') return `chỉ được có tối đa ${issue.maximum} mục`;
      if (issue.origin === 'string') return `chỉ được dài tối đa ${issue.maximum} ký tự`;
      return issue.inclusive ? `không được lớn hơn ${issue.maximum}` : `phải nhỏ hơn ${issue.maximum}`;
    case 'invalid_format':
      if (issue.format === 'url') return 'phải là một địa chỉ web, ví dụ https://chinhphu.vn';
      if (issue.format === 'starts_with') return `phải bắt đầu bằng "${(issue as { prefix?: string }).prefix}"`;
      return 'viết chưa đúng định dạng';
    case 'invalid_value':
      return `phải là một trong các giá trị: ${issue.values.map(String).join(', ')}`;
    case 'not_multiple_of':
      return `phải là bội số của ${issue.divisor}`;
    case 'unrecognized_keys':
      return UNKNOWN_FIELD;
    default:
      return 'có giá trị không hợp lệ';
  }
};

/** Turn schema issues into editor-facing reports: a required field that is missing, unknown fields by name. */
export function reportIssues(error: z.ZodError, data: unknown): IssueReport[] {
  return error.issues.flatMap((issue): IssueReport[] => {
    const path = issue.path as PropertyKey[];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        field: [...path, key].join('.'),
        path: [...path, key],
        message: UNKNOWN_FIELD,
      }));
    }
    const missing = valueAt(data, path) === undefined;
    return [
      {
        field: path.join('.') || undefined,
        path,
        message: missing && issue.code === 'invalid_type' ? MISSING : issue.message,
      },
    ];
  });
}
