import type { z } from 'astro/zod';
import { authorSchema, unitSchema, type Author, type Unit } from '../schemas/unit.ts';
import { buildUnitTree, UnitTreeError } from '../lib/unit-tree.ts';
import { errorIn, type Diagnostic } from '../content-files/diagnostic.ts';
import { decodeSource } from '../content-files/source-text.ts';
import { parseYaml } from '../content-files/yaml-data.ts';
import { registryList, type RegistryKind } from '../lib/registry-file.ts';
import { reportIssues, vietnameseIssue } from '../schemas/issues.ts';

export interface RegistryResult<T> {
  entries: T[];
  diagnostics: Diagnostic[];
  /** The line of an entry's field, by the entry's id */
  lineOf?: ((id: string, field: string) => number | undefined) | undefined;
}

/** Read a registry file's list of records (units, authors), checking each against `schema` and ids for duplicates. */
function checkList<S extends z.ZodType<{ id: string }>>(
  file: string,
  bytes: Uint8Array,
  kind: RegistryKind,
  schema: S,
): RegistryResult<z.output<S>> {
  const error = errorIn(file);
  const decoded = decodeSource(bytes);
  if (!decoded.ok) return { entries: [], diagnostics: [error(`tệp ${decoded.reason}`, decoded.line)] };
  const parsed = parseYaml(decoded.text);
  if (!parsed.ok) return { entries: [], diagnostics: [error(parsed.reason, parsed.line)] };
  const { data: fileData, lineOf: lineInFile } = parsed.value;
  const data = registryList(fileData, kind);
  if (!data) {
    return { entries: [], diagnostics: [error(`tệp phải có dòng "${kind}:" rồi đến danh sách, mỗi mục bắt đầu bằng một dòng "- id: …"`, 1)] };
  }
  const lineOf = (path: readonly PropertyKey[]) => lineInFile([kind, ...path]);
  const entries: z.output<S>[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  data.forEach((item, index) => {
    const result = schema.safeParse(item, { error: vietnameseIssue });
    if (!result.success) {
      for (const issue of reportIssues(result.error, item)) {
        diagnostics.push(error(`mục thứ ${index + 1}: ${issue.message}`, lineOf([index, ...issue.path]), issue.field));
      }
      return;
    }
    if (seen.has(result.data.id)) {
      diagnostics.push(error(`mã "${result.data.id}" đã dùng cho một mục khác; mỗi mục cần một mã riêng`, lineOf([index, 'id']), 'id'));
    }
    seen.add(result.data.id);
    entries.push(result.data);
  });
  const lineOfEntry = (id: string, field: string) => {
    const index = data.findIndex((item) => (item as { id?: unknown } | null)?.id === id);
    return index < 0 ? undefined : lineOf([index, field]);
  };
  return { entries, diagnostics, lineOf: lineOfEntry };
}

export function checkUnits(file: string, bytes: Uint8Array): RegistryResult<Unit> {
  const result = checkList(file, bytes, 'units', unitSchema);
  try {
    buildUnitTree(result.entries);
  } catch (e) {
    if (!(e instanceof UnitTreeError)) throw e;
    result.diagnostics.push({ file, line: result.lineOf?.(e.unitId, 'parent'), field: 'parent', message: e.message, severity: 'error' });
  }
  return result;
}

export function checkAuthors(file: string, bytes: Uint8Array): RegistryResult<Author> {
  return checkList(file, bytes, 'authors', authorSchema);
}
