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
  const label = d.severity === 'warning' ? 'warning: ' : '';
  return `${where}: ${label}${d.field ? `${d.field}: ` : ''}${d.message}`;
}

export const hasErrors = (diagnostics: readonly Diagnostic[]) => diagnostics.some((d) => d.severity === 'error');

/** An error reporter for one file: `(message, line?, field?) → Diagnostic`. */
export const errorIn =
  (file: string) =>
  (message: string, line?: number, field?: string): Diagnostic => ({ file, line, field, message, severity: 'error' });
