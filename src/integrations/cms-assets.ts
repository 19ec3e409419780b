import { readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { ADMIN_FILES, adminCsp, adminPage } from '../cms/admin-page.ts';
import { cmsConfig, type CmsConfigOptions } from '../cms/cms-config.ts';
import { basePath, sitePaths } from '../lib/paths.ts';

/** A file of the web editor, its path under `/admin/` and its bytes (or where to copy it from). */
export type AdminAsset = { path: string } & ({ bytes: Uint8Array } | { from: string });

const clientDir = fileURLToPath(new URL('../client/cms/', import.meta.url));

/**
 * The editor's own script, its stylesheet (phones, dates) and the preview's stylesheet (the site's CSS and fonts),
 * bundled with esbuild: a few hundred milliseconds, nothing for Vite to do in the site's build. React stays in Decap's prebuilt bundle.
 */
export async function bundleAdmin(adminUrl: string): Promise<AdminAsset[]> {
  const result = await build({
    entryPoints: {
      [ADMIN_FILES.script.replace(/\.js$/, '')]: join(clientDir, 'admin.ts'),
      [ADMIN_FILES.previewStyle.replace(/\.css$/, '')]: join(clientDir, 'preview.css'),
      [ADMIN_FILES.shellStyle.replace(/\.css$/, '')]: join(clientDir, 'admin.css'),
    },
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    outdir: '/admin',
    assetNames: 'fonts/[name]-[hash]',
    // The stylesheet's fonts are linked from where the editor is served (`/ban-tin/admin/` under a sub-path).
    publicPath: adminUrl.replace(/\/$/, ''),
    loader: { '.woff2': 'file', '.woff': 'file' },
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles.map((file) => ({ path: file.path.replace(/^\/admin\//, ''), bytes: file.contents }));
}

/**
 * Decap CMS's prebuilt bundle (`decap-cms`, React included) and the chunks and WebAssembly it loads from beside
 * itself, as published on npm: copied, never rebuilt. Source maps and the older `cms.js` copies stay behind.
 */
export async function decapBundleFiles(): Promise<AdminAsset[]> {
  const dist = dirname(createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js'));
  const names = (await readdir(dist)).filter((name) => /(?:^|\.)decap-cms\.js$|\.wasm$|decap-cms\.js\.LICENSE\.txt$/.test(name));
  return names.sort().map((name) => ({ path: `${ADMIN_FILES.decapDir}/${name}`, from: join(dist, name) }));
}

export interface AdminOptions extends CmsConfigOptions {
  /** Origins of the git host's API or of the local backend, allowed by the page's policy */
  backendOrigins: string[];
}

/** Every file of `/admin/`: the page, its configuration, the editor's script and styles, Decap's bundle. */
export async function adminFiles(options: AdminOptions): Promise<AdminAsset[]> {
  const settings = { timeZone: options.site.timeZone, config: cmsConfig(options) };
  const encode = (text: string) => new TextEncoder().encode(text);
  const paths = sitePaths(basePath(options.site.url));
  const page = adminPage({ siteName: options.site.name, csp: adminCsp(options.backendOrigins), adminUrl: paths.admin(), favicon: paths.file('/favicon.svg') });
  return [
    { path: ADMIN_FILES.page, bytes: encode(page) },
    { path: ADMIN_FILES.config, bytes: encode(JSON.stringify(settings)) },
    ...(await bundleAdmin(paths.admin())),
    ...(await decapBundleFiles()),
  ];
}
