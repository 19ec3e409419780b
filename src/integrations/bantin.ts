import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import type { SiteConfig } from '../schemas/site.ts';
import { checkContent, contentErrorMessage } from '../content-check/check-content.ts';
import { hasErrors, summariseWarnings } from '../content-files/diagnostic.ts';

/** Set by `npm run build` (scripts/build.ts), which checks the content itself while Astro starts. */
export const CONTENT_CHECKED = 'BANTIN_CONTENT_CHECKED';

/** What the editor is told to do under the list of problems. */
const CONTENT_ERROR_HINT = 'Sửa các lỗi trên rồi chạy lại; npm run check liệt kê tất cả lỗi và cảnh báo.';

/** The content's problems as an error Astro shows as it is: the message and the hint, no stack. */
function contentError(message: string): AstroError {
  const error = new AstroError(message, CONTENT_ERROR_HINT);
  // The editor needs the list of problems, not where in bantin it was noticed.
  error.stack = '';
  return error;
}

/**
 * bantin's build hooks: the content is checked before Astro builds anything, and pages learn whether drafts
 * are shown from Astro's command itself (`astro dev`), not from environment variables a shell may carry.
 */
export function bantin(site: SiteConfig): AstroIntegration {
  return {
    name: 'bantin',
    hooks: {
      'astro:config:setup': async ({ config, command, logger, updateConfig }) => {
        updateConfig({ vite: { define: { __BANTIN_SHOW_DRAFTS__: JSON.stringify(command === 'dev') } } });
        if (process.env[CONTENT_CHECKED] === '1') return;
        const diagnostics = await checkContent(fileURLToPath(config.root), site);
        for (const line of summariseWarnings(diagnostics)) logger.warn(line);
        if (hasErrors(diagnostics)) throw contentError(contentErrorMessage(diagnostics));
      },
    },
  };
}
