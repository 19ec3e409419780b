/**
 * The checked site configuration for a command: the value, or each problem as `src/site.config.ts:line: field: message`
 * and exit 1, before the command does anything.
 */
import { loadSiteConfig } from '../../src/content-files/site-config.ts';
import { formatDiagnostic, type Diagnostic } from '../../src/content-files/diagnostic.ts';
import type { SiteConfig } from '../../src/schemas/site.ts';

/** The configuration, or `fail` told its problems (by default: printed, exit 1). */
export async function siteConfigOrExit(fail: (message: string, diagnostics: readonly Diagnostic[]) => never | Promise<never> = exitWith): Promise<SiteConfig> {
  const result = await loadSiteConfig();
  if (!result.ok) return await fail(result.diagnostics.map(formatDiagnostic).join('\n'), result.diagnostics);
  return result.site;
}

function exitWith(message: string): never {
  console.error(message);
  process.exit(1);
}
