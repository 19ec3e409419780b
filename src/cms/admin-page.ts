/**
 * The web editor's page, `/admin/index.html`: one script (src/client/cms/admin.ts) that loads Decap CMS's bundle
 * and its configuration, under a Content-Security-Policy of its own. The public pages' policy (astro.config.mjs)
 * does not apply: this page is written by the cms integration, not rendered by Astro.
 */
import { cmsUi } from '../i18n/cms.ts';
import { escapeHtml } from '../lib/text.ts';

/** Where the editor's files are served, under `/admin/`. */
export const ADMIN_FILES = {
  page: 'index.html',
  script: 'bantin-cms.js',
  config: 'config.json',
  previewStyle: 'preview.css',
  /** bantin's own layout of Decap's screens on phones (src/client/cms/admin.css) */
  shellStyle: 'admin.css',
  /** Decap CMS's prebuilt bundle and the chunks it loads */
  decapDir: 'decap',
} as const;

/**
 * The policy of the editor's page, only as loose as Decap CMS needs:
 * - `style-src 'unsafe-inline'`: Decap styles its React components at run time (emotion's `<style>` elements);
 * - `script-src 'unsafe-eval'`: Decap compiles its configuration's JSON schema (ajv) with `new Function`;
 * - `img-src blob: data:` and `media-src blob:`: photos chosen for upload are shown from memory before they are saved;
 * - `connect-src`: the site itself, the git host's API (or the local backend of `npm run cms`), nothing else; and
 *   `blob:`, as Decap reads a chosen photo back from memory to upload it.
 * No other host is reachable: Decap's own calls elsewhere (GitHub's status page) are refused.
 */
export function adminCsp(backendOrigins: readonly string[]): string {
  const connect = ["'self'", 'blob:', ...backendOrigins].join(' ');
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    "frame-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}


/** The HTML of `/admin/`; `adminUrl` is where it is served (under the site's base path), `favicon` the site's icon. */
export function adminPage(options: { siteName: string; csp: string; adminUrl: string; favicon: string }): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(options.csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${escapeHtml(cmsUi.pageTitle(options.siteName))}</title>
<link rel="icon" href="${escapeHtml(options.favicon)}" type="image/svg+xml">
<link rel="stylesheet" href="${escapeHtml(options.adminUrl)}${ADMIN_FILES.shellStyle}">
<script src="${escapeHtml(options.adminUrl)}${ADMIN_FILES.script}" defer></script>
</head>
<body>
<noscript>${escapeHtml(cmsUi.noScript)}</noscript>
</body>
</html>
`;
}
