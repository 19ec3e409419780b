import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { lookup } from 'mrmime';
import { backendOrigins } from '../cms/cms-config.ts';
import { adminFiles, type AdminAsset, type AdminOptions } from './cms-assets.ts';
import { contentDir, localCmsRepo } from '../node/project-dirs.ts';
import type { SiteConfig } from '../schemas/site.ts';
import { basePath, sitePaths } from '../lib/paths.ts';

/** Set by `npm run cms` (scripts/cms.ts) for its dev server: the local backend's address. */
export const CMS_PROXY = 'BANTIN_CMS_PROXY';

/**
 * The web editor at `/admin/`. `npm run cms` serves it on the local backend; `npm run build` publishes it only when
 * the site configuration names a git host (`cms`). Its files are written here, not rendered by Astro, so the page
 * carries its own Content-Security-Policy and the public pages keep theirs.
 */
export function cms(site: SiteConfig): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'bantin:cms',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server, logger }) => {
        const proxyUrl = process.env[CMS_PROXY];
        if (!proxyUrl && !site.cms) return;
        const options = proxyUrl ? { site, proxyUrl, contentPath: localCmsRepo(root).contentPath } : productionOptions(site, root);
        let files: Promise<Map<string, AdminAsset>> | undefined;
        const adminUrl = sitePaths(basePath(site.url)).admin();
        server.middlewares.use(adminUrl, (req: IncomingMessage, res: ServerResponse, next: () => void) => {
          const path = decodeURIComponent((req.url ?? '/').split('?')[0]!).replace(/^\/+/, '') || 'index.html';
          // The page is asked for first: build the editor's files afresh then, so edits to its code show on reload.
          if (path === 'index.html' || !files) files = load({ ...options, backendOrigins: backendOrigins(options) });
          files
            .then(async (map) => {
              const file = map.get(path);
              if (!file) return next();
              res.setHeader('Content-Type', lookup(path) ?? 'application/octet-stream');
              res.setHeader('Cache-Control', 'no-cache');
              res.end('bytes' in file ? file.bytes : await readFile(file.from));
            })
            .catch((error: unknown) => {
              logger.error(`web editor: ${error instanceof Error ? error.message : String(error)}`);
              next();
            });
        });
        logger.info(`web editor at ${adminUrl} (${proxyUrl ? `local backend ${proxyUrl}` : `${site.cms!.backend} ${site.cms!.repo}`})`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!site.cms) return;
        const options = productionOptions(site, root);
        const out = join(fileURLToPath(dir), 'admin');
        const files = await adminFiles({ ...options, backendOrigins: backendOrigins(options) });
        await Promise.all(
          files.map(async (file) => {
            const target = join(out, file.path);
            await mkdir(dirname(target), { recursive: true });
            await ('bytes' in file ? writeFile(target, file.bytes) : copyFile(file.from, target));
          }),
        );
        logger.info(`web editor: /admin/ (${files.length} files) for ${site.cms.backend} ${site.cms.repo}`);
      },
    },
  };
}

function productionOptions(site: SiteConfig, root: string): Omit<AdminOptions, 'backendOrigins'> {
  return { site, contentPath: relative(root, contentDir(root)).split('\\').join('/') };
}

async function load(options: AdminOptions): Promise<Map<string, AdminAsset>> {
  return new Map((await adminFiles(options)).map((file) => [file.path, file]));
}
