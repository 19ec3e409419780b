import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkAuthors, checkUnits, type RegistryResult } from './check-registry.ts';
import type { Author, Unit } from '../schemas/unit.ts';
import type { Diagnostic } from '../content-files/diagnostic.ts';

export interface RegistryFiles {
  units: RegistryResult<Unit>;
  authors: RegistryResult<Author>;
  /** The authors file as written, for tools that add to it keeping its comments */
  authorsText: string;
  authorsPath: string;
  /** Every problem in either file, a missing file included */
  diagnostics: Diagnostic[];
}

/** Read and check `units.yaml` and `authors.yaml` of a content folder; `show` turns a path into what editors see. */
export async function readRegistryFiles(content: string, show: (path: string) => string): Promise<RegistryFiles> {
  const unitsPath = join(content, 'units.yaml');
  const authorsPath = join(content, 'authors.yaml');
  const missing: Diagnostic[] = [];
  // Bytes, not text: the checks report invalid UTF-8 instead of reading replacement characters.
  const read = (path: string): Promise<Uint8Array> =>
    readFile(path).catch(() => {
      missing.push({ file: show(path), message: 'không có tệp này, hoặc không đọc được', severity: 'error' });
      return new TextEncoder().encode('units: []\nauthors: []\n');
    });
  const [unitBytes, authorBytes] = await Promise.all([read(unitsPath), read(authorsPath)]);
  const units = checkUnits(show(unitsPath), unitBytes);
  const authors = checkAuthors(show(authorsPath), authorBytes);
  const authorsText = new TextDecoder().decode(authorBytes);
  return { units, authors, authorsText, authorsPath, diagnostics: [...missing, ...units.diagnostics, ...authors.diagnostics] };
}
