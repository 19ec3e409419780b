import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { lookup } from 'mrmime';

/** The Content-Type a host sends for a file; text in UTF-8. */
const contentType = (file: string) => {
  const type = lookup(file) ?? 'application/octet-stream';
  return /^text\/|\+xml$|^application\/xml$/.test(type) ? `${type}; charset=utf-8` : type;
};

/** Types a host compresses on the fly. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg']);

/** Cache lifetimes as the nginx example in the README sets them. */
function cacheControl(path: string): string {
  if (path.startsWith('/_astro/') || path.startsWith('/anh-chia-se/')) return 'public, max-age=31536000, immutable';
  if (path === '/chi-muc/manifest.json') return 'no-cache';
  if (path.startsWith('/chi-muc/')) return 'public, max-age=31536000, immutable';
  return 'public, max-age=300, must-revalidate';
}

/**
 * A static file server for a built `dist/`, like any host or CDN: `dir/` → `dir/index.html`, else `404.html`;
 * caching headers as in the README's nginx example; with `gzip`, text is compressed for clients that accept it.
 * With `base` (`/ban-tin/`), the site is served under that path, as inside an organisation's portal, and nothing
 * outside it exists.
 */
export async function serveDist(
  root: string,
  options: { gzip?: boolean; base?: string } = {},
): Promise<{ url: string; close: () => Promise<void>; served: Map<string, number>; log: { at: number; path: string; size: number }[] }> {
  /** Body bytes sent per path since the map was last cleared (what a reader downloads). */
  const served = new Map<string, number>();
  /** Every response, with the time it was sent (epoch ms), for measuring what was fetched before a given moment. */
  const log: { at: number; path: string; size: number }[] = [];
  const server: Server = createServer(async (req, res) => {
    const send = res.end.bind(res);
    res.end = ((body: Buffer | string) => {
      const size = typeof body === 'string' ? Buffer.byteLength(body) : (body?.length ?? 0);
      served.set(req.url ?? '/', (served.get(req.url ?? '/') ?? 0) + size);
      log.push({ at: Date.now(), path: req.url ?? '/', size });
      return send(body);
    }) as typeof res.end;
    const base = options.base ?? '/';
    const requested = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const path = `/${requested.slice(base.length)}`;
    let file = join(root, path);
    try {
      if (!requested.startsWith(base)) throw new Error('outside the site');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const headers: Record<string, string> = { 'Content-Type': contentType(file), 'Cache-Control': cacheControl(path) };
      if (options.gzip && COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
        headers['Content-Encoding'] = 'gzip';
        res.writeHead(200, headers);
        res.end(gzipSync(body));
        return;
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': contentType('404.html') });
      res.end(await readFile(join(root, '404.html')).catch(() => 'Not found'));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    served,
    log,
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
