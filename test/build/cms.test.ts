import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listFiles, readPage } from '../support/dist.ts';
import { SUB_PATH_SITE } from '../support/sub-path-site.ts';
import { brokenLinks } from '../support/site-links.ts';

/** The sample site with the web editor for a GitLab host, published under a sub-path (see SUB_PATH_SITE). */
const dist = inject('subPathSite').dist;
const SITE_URL = SUB_PATH_SITE.url;

/** The policy of a built page, from its meta element. */
async function csp(dir: string, path: string): Promise<string | undefined> {
  const page = await readPage(dir, path);
  return page.querySelector('meta[http-equiv="content-security-policy" i]')?.getAttribute('content') ?? undefined;
}

describe('the web editor in the build', () => {
  it('is not published when the site names no git host', async () => {
    const sample = inject('sampleDist');
    expect(existsSync(join(sample, 'admin'))).toBe(false);
    expect((await listFiles(sample)).filter((file) => file.startsWith('admin'))).toEqual([]);
  });

  it('is published with its own policy when the site names one, allowing that host only', async () => {
    const policy = await csp(dist, '/admin/');
    expect(policy).toBe(
      "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; media-src 'self' blob:; font-src 'self' data:; " +
        "connect-src 'self' blob: https://git.vpcp.example.vn; frame-src 'self' blob:; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'",
    );
    const files = (await listFiles(join(dist, 'admin'))).sort();
    expect(files).toEqual(expect.arrayContaining(['index.html', 'config.json', 'bantin-cms.js', 'preview.css', 'admin.css', 'decap/decap-cms.js']));
    // Nothing is loaded from elsewhere: Decap's chunks and WebAssembly are beside it, source maps left out.
    expect(files.some((file) => file.endsWith('.map'))).toBe(false);
    const settings = JSON.parse(await readFile(join(dist, 'admin/config.json'), 'utf8'));
    expect(settings).toMatchObject({
      timeZone: 'Asia/Ho_Chi_Minh',
      config: { locale: 'vi', publish_mode: 'editorial_workflow', backend: { name: 'gitlab', repo: 'vpcp/bantin', app_id: 'a1b2c3', auth_type: 'pkce' } },
    });
    expect(JSON.stringify(settings)).not.toMatch(/localhost|127\.0\.0\.1/);
  });

  it('lives under the site’s sub-path: its page, script, styles and fonts', async () => {
    const page = await readFile(join(dist, 'admin/index.html'), 'utf8');
    expect(page).toContain('<script src="/ban-tin/admin/bantin-cms.js" defer></script>');
    expect(page).toContain('<link rel="stylesheet" href="/ban-tin/admin/admin.css">');
    expect(page).toContain('<link rel="icon" href="/ban-tin/favicon.svg"');
    const fonts = [...(await readFile(join(dist, 'admin/preview.css'), 'utf8')).matchAll(/url\(([^)]+)\)/g)].map((m) => m[1]!);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatch(/^"?\/ban-tin\/admin\/fonts\//);
    expect(await brokenLinks(dist, SITE_URL)).toEqual([]);
  });

  it('leaves the public pages their own policy, unchanged', async () => {
    const sample = inject('sampleDist');
    for (const path of ['/', '/bai-viet/2021/tap-trung-lam-tot-cong-tac-tham-muu-phuc-vu-cap-uy/', '/tim-kiem/']) {
      const published = await csp(dist, path);
      expect(published).toMatch(/script-src 'self'[ ;]/);
      expect(published).not.toContain('wasm');
      expect(published).not.toContain("'unsafe-eval'");
      expect(published).not.toContain('unsafe-inline');
      expect(published).toBe(await csp(sample, path));
    }
  });
});
