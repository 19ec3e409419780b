import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteSchema, type SiteConfig } from '../schemas/site.ts';
import { objectLiteralLine } from '../lib/object-literal-lines.ts';
import { byFileAndLine, formatDiagnostic, type Diagnostic } from './diagnostic.ts';
import { reportIssues, vietnameseIssue } from '../schemas/issues.ts';

/**
 * The one reading of the site configuration. Every command and the build take the checked value from here; a
 * mistake in it is told as content's are, `src/site.config.ts:line: field: message`, never as a trace.
 */
export const SITE_CONFIG_FILE = 'src/site.config.ts';

export type SiteConfigResult = { ok: true; site: SiteConfig } | { ok: false; diagnostics: Diagnostic[] };

/** The line a field of the configuration is written on, given the file's text. */
export type LineOf = (path: readonly PropertyKey[]) => number | undefined;

export const linesIn =
  (source: string | undefined): LineOf =>
  (path) =>
    source === undefined ? undefined : objectLiteralLine(source, path, /export\s+const\s+site\b/);

/** The configuration file's text, for the lines of its problems; `undefined` where it cannot be read. */
function readSource(root: string): string | undefined {
  try {
    return readFileSync(join(root, SITE_CONFIG_FILE), 'utf8');
  } catch {
    return undefined;
  }
}

/** Check a configuration against its schema (Starlight's `parseWithFriendlyErrors` is the model). */
export function parseSiteConfig(config: unknown, lineOf: LineOf = () => undefined): SiteConfigResult {
  const result = siteSchema.safeParse(config, { error: vietnameseIssue });
  if (result.success) return { ok: true, site: result.data };
  const diagnostics = reportIssues(result.error, config).map(
    (issue): Diagnostic => ({ file: SITE_CONFIG_FILE, line: lineOf(issue.path), field: issue.field, message: issue.message, severity: 'error' }),
  );
  return { ok: false, diagnostics: byFileAndLine(diagnostics) };
}

/**
 * What stops the file from loading at all (a missing comma, a quote left open), in the editor's words. A missing
 * comma is noticed at the next property, maybe lines below behind a comment: the line that lacks it is pointed at.
 */
function loadError(error: unknown, source: string | undefined): Diagnostic {
  const { message = String(error), stack = '' } = error instanceof Error ? error : {};
  let line = Number(/site\.config\.ts:(\d+)/.exec(stack)?.[1]) || undefined;
  let reason = `không đọc được (${message})`;
  if (/^Expected ','/.test(message)) {
    const lines = source?.split('\n') ?? [];
    if (line) for (line -= 1; line > 1 && /^\s*(?:$|\/\/|\/\*|\*)/.test(lines[line - 1] ?? ''); line--);
    reason = 'thiếu dấu phẩy "," ở cuối dòng này';
  } else if (/Unterminated string/i.test(message)) {
    reason = 'thiếu dấu nháy đóng ở cuối một giá trị';
  }
  const kind = error instanceof SyntaxError ? 'viết sai cú pháp' : 'không chạy được';
  return { file: SITE_CONFIG_FILE, line, message: `tệp cấu hình ${kind}: ${reason}`, severity: 'error' };
}

let loaded: Promise<SiteConfigResult> | undefined;

/**
 * This project's configuration, loaded and checked once per process. It is imported here, and only here, so that
 * a file that does not even load is told like any other mistake. Its text is read only when something is wrong,
 * for the lines. `BANTIN_SITE_URL` stands in for `url` when set (see the file), so a bad one is named.
 */
export function loadSiteConfig(root: string = process.cwd()): Promise<SiteConfigResult> {
  loaded ??= import('../site.config.ts').then(
    ({ site: input }) => {
      const result = parseSiteConfig(input, siteConfigLines(root));
      if (!result.ok && process.env.BANTIN_SITE_URL && process.env.BANTIN_SITE_URL === input.url) {
        for (const d of result.diagnostics) if (d.field === 'url') d.message += ` (giá trị "${input.url}" lấy từ biến môi trường BANTIN_SITE_URL)`;
      }
      return result;
    },
    (error: unknown): SiteConfigResult => ({ ok: false, diagnostics: [loadError(error, readSource(root))] }),
  );
  return loaded;
}

/** A configuration that does not pass its check, as an error whose message is the list of problems, without a stack. */
export class SiteConfigError extends Error {
  readonly diagnostics: readonly Diagnostic[];
  constructor(diagnostics: readonly Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
    this.diagnostics = diagnostics;
    this.name = 'SiteConfigError';
    this.stack = '';
  }
}

/** The checked configuration for modules that cannot report otherwise (pages, astro.config.mjs): throws SiteConfigError. */
export async function siteConfig(): Promise<SiteConfig> {
  const result = await loadSiteConfig();
  if (!result.ok) throw new SiteConfigError(result.diagnostics);
  return result.site;
}

/** What the configuration names in the content: the units and standing pages it links to exist. */
export function checkSiteReferences(
  site: SiteConfig,
  known: { unitIds: ReadonlySet<string>; pageIds: ReadonlySet<string> },
  lineOf: LineOf = () => undefined,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const error = (field: 'navUnits' | 'navPages' | 'footerPages', index: number, message: string) =>
    diagnostics.push({ file: SITE_CONFIG_FILE, line: lineOf([field, index]), field, message, severity: 'error' });
  site.navUnits.forEach((id, index) => {
    if (!known.unitIds.has(id)) error('navUnits', index, `mã đơn vị "${id}" chưa có trong content/units.yaml; các mã hợp lệ: ${[...known.unitIds].join(', ')}`);
  });
  for (const field of ['navPages', 'footerPages'] as const) {
    site[field].forEach((id, index) => {
      if (known.pageIds.has(id)) return;
      const valid = [...known.pageIds].join(', ') || '(chưa có trang nào)';
      error(field, index, `mã trang "${id}" không có trong content/pages/ (cần tệp content/pages/${id}.md); các mã hợp lệ: ${valid}`);
    });
  }
  return diagnostics;
}

/** The lines of a project's configuration file, read when first asked, for checks made after it parsed. */
export function siteConfigLines(root: string = process.cwd()): LineOf {
  let lineOf: LineOf | undefined;
  return (path) => (lineOf ??= linesIn(readSource(root)))(path);
}
