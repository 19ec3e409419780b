import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import ts from 'typescript';

/** One import of a source file: `import`, `import type`, `export … from`, `import()` or a `<script>`'s import. */
export interface SourceImport {
  /** the importing file, from the project's root: `src/lib/dates.ts` */
  file: string;
  line: number;
  /** as written: `../schemas/site.ts`, `@/lib/paths.ts`, `node:fs`, `yaml` */
  specifier: string;
  /** the file or folder it names, from the project's root, for a relative or `@/` import; else undefined */
  target: string | undefined;
  /** in an .astro file's `<script>`, which Astro bundles for the browser */
  inScript: boolean;
}

const SOURCE = /\.(ts|mts|mjs|js|astro)$/;

/** Every source file under `folders` (from the project's root), node_modules aside. */
export function sourceFiles(root: string, folders: string[]): string[] {
  const walk = (folder: string): string[] =>
    readdirSync(join(root, folder), { withFileTypes: true }).flatMap((entry) => {
      const path = posix.join(folder, entry.name);
      if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : walk(path);
      return SOURCE.test(entry.name) ? [path] : [];
    });
  return folders.flatMap(walk).sort();
}

/** The parts of a file that hold imports: the whole of a module; an .astro file's frontmatter and `<script>`s. */
function codeParts(file: string, text: string): { code: string; offset: number; inScript: boolean }[] {
  if (!file.endsWith('.astro')) return [{ code: text, offset: 0, inScript: false }];
  const parts: { code: string; offset: number; inScript: boolean }[] = [];
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (front) parts.push({ code: front[1]!, offset: text.indexOf(front[1]!), inScript: false });
  for (const script of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    // is:inline and JSON scripts are left as written: no imports are resolved in them
    if (/is:inline|type=["']application\/(ld\+)?json/.test(script[1]!)) continue;
    parts.push({ code: script[2]!, offset: script.index + script[0].indexOf('>') + 1, inScript: true });
  }
  return parts;
}

/** The imports of one file, read with TypeScript's scanner (comments and strings that merely look like imports aside). */
export function importsOf(root: string, file: string): SourceImport[] {
  const text = readFileSync(join(root, file), 'utf8');
  const lineAt = (offset: number) => text.slice(0, offset).split('\n').length;
  return codeParts(file, text).flatMap(({ code, offset, inScript }) =>
    ts.preProcessFile(code, true, true).importedFiles.map(({ fileName: specifier, pos }) => ({
      file,
      line: lineAt(offset + pos),
      specifier,
      target: specifier.startsWith('.')
        ? posix.normalize(posix.join(posix.dirname(file), specifier))
        : specifier.startsWith('@/')
          ? posix.join('src', specifier.slice(2))
          : undefined,
      inScript,
    })),
  );
}

/** The names a file imports from `module`: `import { getCollection, render } from 'astro:content'`. */
export function namesImportedFrom(root: string, file: string, module: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const from = new RegExp(`import\\s*(?:type\\s*)?\\{([^}]*)\\}\\s*from\\s*['"]${module}['"]`, 'g');
  return [...text.matchAll(from)].flatMap((match) => match[1]!.split(',').map((name) => name.trim().split(/\s/)[0]!).filter(Boolean));
}
