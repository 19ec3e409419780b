/** A problem found in content, reported as `file:line: field: message`. */
export interface Diagnostic {
  file: string;
  line?: number | undefined;
  field?: string | undefined;
  message: string;
  severity: 'error' | 'warning';
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line ? `${d.file}:${d.line}` : d.file;
  const label = d.severity === 'warning' ? 'cảnh báo: ' : '';
  return `${where}: ${label}${d.field ? `${d.field}: ` : ''}${d.message}`;
}

/** Problems in the order an editor fixes them: file by file, top to bottom (a file's own problems first). */
export function byFileAndLine(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const order = (a: Diagnostic, b: Diagnostic) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0));
  return [...diagnostics].sort(order);
}

export const hasErrors = (diagnostics: readonly Diagnostic[]) => diagnostics.some((d) => d.severity === 'error');

/** An error reporter for one file: `(message, line?, field?) → Diagnostic`. */
export const errorIn =
  (file: string) =>
  (message: string, line?: number, field?: string): Diagnostic => ({ file, line, field, message, severity: 'error' });

/**
 * Warnings for a build log: the first `shown` of each kind (same field, same message but for its numbers) in full,
 * then one line counting the rest, so 6,000 long ledes do not bury the log. `npm run check` lists them all.
 */
export function summariseWarnings(diagnostics: readonly Diagnostic[], shown = 3): string[] {
  const kinds = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    if (d.severity !== 'warning') continue;
    const kind = `${d.field ?? ''}: ${d.message.replace(/\d+/g, 'N')}`;
    const list = kinds.get(kind) ?? [];
    list.push(d);
    kinds.set(kind, list);
  }
  return [...kinds].flatMap(([kind, list]) => [
    ...list.slice(0, shown).map(formatDiagnostic),
    ...(list.length > shown ? [`… và ${list.length - shown} cảnh báo khác giống "${kind}" (npm run check liệt kê tất cả)`] : []),
  ]);
}
