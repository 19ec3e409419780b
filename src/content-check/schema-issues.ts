import type { z } from 'astro/zod';

export interface IssueReport {
  /** Dotted path of the field, `undefined` for the record as a whole */
  field: string | undefined;
  /** Path to point the editor's line at */
  path: PropertyKey[];
  message: string;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Turn schema issues into editor-facing reports: "is required but missing", unknown fields by name. */
export function reportIssues(error: z.ZodError, data: unknown): IssueReport[] {
  return error.issues.flatMap((issue): IssueReport[] => {
    const path = issue.path as PropertyKey[];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        field: [...path, key].join('.'),
        path: [...path, key],
        message: 'is not a known field (check its spelling)',
      }));
    }
    const missing = valueAt(data, path) === undefined;
    return [
      {
        field: path.join('.') || undefined,
        path,
        message: missing && issue.code === 'invalid_type' ? 'is required but missing' : issue.message,
      },
    ];
  });
}
