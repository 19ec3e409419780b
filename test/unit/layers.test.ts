import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, namesImportedFrom, sourceFiles, type SourceImport } from '../support/source-imports.ts';
import { projectRoot } from '../support/paths.ts';

/**
 * The layering rules of the README's "How the repository is laid out", checked on every import of src/ and scripts/.
 * A folder imports itself and the folders its rule names, nothing else of the project; the pure folders (what the
 * browser may load) import no Node module and only the packages named here.
 */
const PURE_PACKAGES = ['astro/zod', 'yaml', 'uqr'];
const PURE = ['src/i18n', 'src/lib', 'src/schemas', 'src/cms', 'src/client'];
const READING = ['src/content-files', 'src/node', 'src/schemas', 'src/lib', 'src/i18n'];
const PIPELINES = ['src/markdown', 'src/loaders', 'src/search-index', 'src/editions', 'src/pictures'];
const SITE = ['src/components', 'src/layouts', 'src/pages', 'src/styles'];

interface Rule {
  /** a folder, or a single file, from the project's root */
  files: string;
  /** what else of the project it may import; undefined: anything but what `never` names */
  may?: string[];
  never?: string[];
}

const RULES: Rule[] = [
  { files: 'src/i18n', may: [] },
  { files: 'src/lib', may: [] },
  { files: 'src/schemas', may: ['src/lib', 'src/i18n'] },
  { files: 'src/cms', may: ['src/schemas', 'src/lib', 'src/i18n'] },
  { files: 'src/client', may: ['src/cms', 'src/schemas', 'src/lib', 'src/i18n'] },
  { files: 'src/node', may: ['src/lib'] },
  { files: 'src/site.config.ts', may: ['src/schemas'] },
  { files: 'src/content-files', may: ['src/site.config.ts', 'src/node', 'src/schemas', 'src/lib', 'src/i18n'] },
  ...PIPELINES.map((files) => ({ files, may: READING })),
  { files: 'src/content-check', may: ['src/markdown', ...READING] },
  { files: 'src/content.config.ts', may: ['src/loaders', ...READING] },
  { files: 'src/data', may: [...PIPELINES, ...READING] },
  { files: 'src/integrations', may: ['src/content-check', 'src/cms', ...PIPELINES, ...READING] },
  ...SITE.map((files) => ({ files, never: ['src/integrations', 'src/content-check', 'scripts'] })),
  { files: 'scripts', never: ['src/client', ...SITE] },
];

const within = (path: string, place: string) => path === place || path.startsWith(`${place}/`);
const ruleOf = (file: string) => RULES.find((rule) => within(file, rule.files));
const shown = ({ file, line, specifier }: SourceImport) => `${file}:${line} imports '${specifier}'`;

const files = sourceFiles(projectRoot, ['src', 'scripts']);
const imports = files.flatMap((file) => importsOf(projectRoot, file));

describe('imports run one way', () => {
  it('reads the imports it checks', () => {
    // a guard on the reader itself: these imports exist, so a reader that finds none is broken, not the code clean
    const seen = (file: string, target: string) => imports.some((i) => i.file === file && i.target === target);
    expect(seen('src/data/site.ts', 'src/content-files/site-config.ts')).toBe(true);
    expect(seen('src/pages/tim-kiem.astro', 'src/client/search-page.ts')).toBe(true);
    expect(imports.find((i) => i.file === 'src/pages/tim-kiem.astro' && i.target === 'src/client/search-page.ts')?.inScript).toBe(true);
  });

  it('has a rule for every file of src/ and scripts/', () => {
    const ruleless = files.filter((file) => !ruleOf(file));
    expect(ruleless, 'a new folder needs its rule here and in the README').toEqual([]);
  });

  it('keeps every folder to the folders its rule names', () => {
    const broken = imports.flatMap((i) => {
      const rule = ruleOf(i.file)!;
      if (!i.target || within(i.target, rule.files) || i.inScript) return [];
      if (rule.may && !rule.may.some((place) => within(i.target!, place)))
        return [`${shown(i)}: ${rule.files} imports only ${[rule.files, ...rule.may].join(', ')}`];
      if (rule.never?.some((place) => within(i.target!, place)))
        return [`${shown(i)}: ${rule.files} never imports ${rule.never.join(', ')}`];
      return [];
    });
    expect(broken).toEqual([]);
  });

  it('lets the browser load only pure code: no Node modules, only the pure packages, <script>s only from src/client', () => {
    const broken = imports.flatMap((i) => {
      if (i.inScript && !(i.target && within(i.target, 'src/client'))) return [`${shown(i)}: a <script> imports only src/client`];
      if (i.inScript || !PURE.some((place) => within(i.file, place)) || i.target) return [];
      if (!PURE_PACKAGES.includes(i.specifier)) return [`${shown(i)}: ${PURE.join(', ')} import only the packages ${PURE_PACKAGES.join(', ')}`];
      return [];
    });
    expect(broken).toEqual([]);
  });

  it('leaves getCollection and getEntry to src/data', () => {
    const callers = files.filter(
      (file) => within(file, 'src') && !within(file, 'src/data') && namesImportedFrom(projectRoot, file, 'astro:content').some((name) => /^get(Entry|Entries|Collection|LiveCollection|LiveEntry)$/.test(name)),
    );
    expect(callers).toEqual([]);
  });
});

describe('test/unit mirrors src/ and scripts/', () => {
  it('names each unit test after the module it tests: test/unit/lib/dates.test.ts for src/lib/dates.ts', () => {
    const units = sourceFiles(projectRoot, ['test/unit']).filter((file) => file.endsWith('.test.ts'));
    const module = (test: string) => {
      const path = test.replace(/^test\/unit\//, '').replace(/\.test\.ts$/, '');
      return path.startsWith('scripts/') ? path : `src/${path}`;
    };
    // a module's tests may be split by aspect: lib/search-engine-scan.test.ts tests src/lib/search-engine.ts
    const exists = (path: string): boolean =>
      ['.ts', '.astro'].some((ext) => existsSync(join(projectRoot, path + ext))) || (/-[^/-]+$/.test(path) && exists(path.replace(/-[^/-]+$/, '')));
    // at the top: tests of the repository as a whole (these rules; the CI recipes)
    const orphans = units.filter((test) => test.split('/').length > 3 && !exists(module(test)));
    expect(orphans).toEqual([]);
  });
});
