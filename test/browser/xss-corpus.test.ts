/**
 * A public XSS corpus (the OWASP filter-evasion cheat sheet's vectors, test/fixtures/xss/) written into article bodies,
 * each vector once as Markdown and once as MDX. The content check refuses what MDX may not hold; the site is then
 * built by Astro with the check skipped, as if no one had run it, and every page is read twice: its HTML parsed
 * (nothing that could run or leave the site), then in Chromium with the Content-Security-Policy taken out (no dialog
 * opens, no request leaves the site, with every element hovered, focused and clicked).
 */
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildSiteOrThrow } from '../support/build-site.ts';
import { readPage, text } from '../support/dist.ts';
import { pageDangers } from '../support/page-dangers.ts';
import { projectRoot, tmpRoot } from '../support/paths.ts';
import { launchChromium } from '../../scripts/harness/chromium.ts';
import { serveDist } from '../../scripts/harness/static-host.ts';
import { checkContent } from '../../src/content-check/check-content.ts';
import { formatDiagnostic, type Diagnostic } from '../../src/content-files/diagnostic.ts';
import { parseMdx } from '../../src/content-check/check-mdx.ts';
import { site as siteConfig } from '../../src/data/site.ts';

const { vectors } = JSON.parse(await readFile(join(projectRoot, 'test/fixtures/xss/owasp-filter-evasion.json'), 'utf8')) as { vectors: { name: string; html: string }[] };
const root = join(tmpRoot, 'xss-corpus');
const dist = join(root, 'dist');

const FRONT = 'title: Bài thử\ndate: 2021-03-02T09:00:00+07:00\nauthor: nhat-thy\nunit: van-phong-chinh-phu\nlede: Tóm tắt.';
const body = (html: string) => `Đoạn mở đầu.\n\n${html}\n\nĐoạn kết.\n`;
/** The vector sits on line 11 of its file. */
const article = (html: string) => `---\n${FRONT}\n---\n\n${body(html)}`;
const VECTOR_LINE = 11;
const slug = (format: 'md' | 'mdx', i: number) => `xss-${format}-${String(i).padStart(3, '0')}`;

/** MDX vectors the check has nothing to say about: text that stays text, and Markdown links whose URL the sanitiser drops. */
const PLAIN_IN_MDX = ['escaping javascript escapes', 'ecmascript 6', 'us-ascii encoding', 'parameter pollution link', 'markdown javascript link', 'markdown data link', 'markdown javascript image'];

/** An MDX article using a component of the project as MDX components are meant to be used. */
const COMPONENT = `import NameList from '@/components/NameList.astro'\n\n<NameList items={[{ name: "Văn phòng Chính phủ", href: "/don-vi/van-phong-chinh-phu/", count: 2 }]} />`;

const unreadableMdx = new Set<number>();
const pages: string[] = [];
let diagnostics: Diagnostic[] = [];

beforeAll(async () => {
  // The check reads every file; the build gets the ones MDX can read at all (one that cannot stops any build).
  const checked = join(root, 'content');
  const built = join(root, 'built', 'content');
  await rm(root, { recursive: true, force: true });
  for (const dir of [checked, built]) {
    await mkdir(join(dir, 'articles/2021'), { recursive: true });
    await cp(join(projectRoot, 'test/fixtures/minimal'), dir, { recursive: true });
  }
  for (const [i, { html }] of vectors.entries()) {
    for (const format of ['md', 'mdx'] as const) {
      const file = `articles/2021/${slug(format, i)}.${format}`;
      await writeFile(join(checked, file), article(html));
      if (format === 'mdx' && !parseMdx(body(html)).ok) {
        unreadableMdx.add(i);
        continue;
      }
      await writeFile(join(built, file), article(html));
      pages.push(`/bai-viet/2021/${slug(format, i)}/`);
    }
  }
  for (const dir of [checked, built]) await writeFile(join(dir, 'articles/2021/thanh-phan.mdx'), article(COMPONENT));
  diagnostics = await checkContent(root, siteConfig);
  await buildSiteOrThrow({ outDir: dist, content: built, cacheDir: join(root, 'cache'), withoutContentCheck: true });
}, 600_000);

describe('the XSS corpus in article bodies', () => {
  it('the check refuses every MDX vector but plain text, in Vietnamese, naming the file and line', () => {
    const refused = (i: number) => diagnostics.filter((d) => d.severity === 'error' && d.file.endsWith(`/${slug('mdx', i)}.mdx`));
    const plain = vectors.filter((_, i) => refused(i).length === 0).map((v) => v.name);
    expect(plain).toEqual(PLAIN_IN_MDX);
    for (const [i] of vectors.entries()) {
      for (const d of refused(i)) {
        expect(d.line, formatDiagnostic(d)).toBeGreaterThanOrEqual(VECTOR_LINE);
        expect(d.message, formatDiagnostic(d)).toMatch(/[ảạấầẩậắằẳặẹẻếềểệịọỏốồổộớờởợụủứừửựđ]/);
        expect(d.message).not.toMatch(/\n\s+at |Error:/);
      }
    }
    // More than half of the vectors are not even MDX: they are refused as syntax, and never reach a build.
    expect(unreadableMdx.size).toBeGreaterThan(vectors.length / 2);
    for (const i of unreadableMdx) expect(refused(i).map((d) => d.message)).toEqual([expect.stringMatching(/^MDX viết sai cú pháp \(cột \d+\)/)]);
  });

  it('a project component passes the check and renders as itself', async () => {
    expect(diagnostics.filter((d) => d.file.endsWith('/thanh-phan.mdx'))).toEqual([]);
    const page = await readPage(dist, '/bai-viet/2021/thanh-phan/');
    expect(text(page.querySelector('.prose .name-list a'))).toBe('Văn phòng Chính phủ');
  });

  it('built without the check, no page holds anything that could run or leave the site', async () => {
    expect(pages.length).toBeGreaterThan(vectors.length + 30);
    const found: string[] = [];
    for (const path of pages) {
      const page = await readPage(dist, path);
      expect(text(page.querySelector('.prose')), path).toMatch(/^Đoạn mở đầu\./);
      found.push(...pageDangers(page).map((danger) => `${path}: ${danger}`));
    }
    expect(found).toEqual([]);
  });

  describe('in Chromium, with the Content-Security-Policy taken out', () => {
    let browser: Browser;
    let server: Awaited<ReturnType<typeof serveDist>>;
    beforeAll(async () => {
      server = await serveDist(dist);
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('no dialog opens and no request leaves the site, hovering, focusing and clicking every element of the body', async () => {
      const context = await browser.newContext();
      const events: string[] = [];
      let current = '';
      await context.route('**/*', async (route) => {
        const url = route.request().url();
        if (!url.startsWith(server.url)) {
          events.push(`${current}: request to ${url}`);
          return route.abort();
        }
        if (route.request().resourceType() !== 'document') return route.continue();
        const response = await route.fetch();
        const body = (await response.text()).replace(/<meta http-equiv="content-security-policy"[^>]*>/i, '');
        return route.fulfill({ response, body });
      });
      const page = await context.newPage();
      page.on('dialog', (dialog) => {
        events.push(`${current}: ${dialog.type()} "${dialog.message()}"`);
        void dialog.dismiss();
      });
      context.on('page', (opened) => opened !== page && events.push(`${current}: a window opened at ${opened.url()}`));
      let withoutPolicy = 0;
      for (const path of pages) {
        current = path;
        await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
        withoutPolicy += (await page.locator('meta[http-equiv="content-security-policy"]').count()) === 0 ? 1 : 0;
        await page.evaluate(() => {
          for (const element of document.querySelectorAll<HTMLElement>('.prose *')) {
            for (const type of ['mouseover', 'mouseenter', 'mousemove', 'focus', 'error', 'load', 'animationstart']) element.dispatchEvent(new Event(type));
            element.focus();
            // Links are followed only if their URL could run script (a link to another site is the reader's choice).
            const href = element.closest('a[href]')?.getAttribute('href')?.trim();
            if (href === undefined || !/^(?:https?:|\/|#|mailto:|tel:)/i.test(href)) element.click();
          }
        });
        await page.waitForTimeout(50);
        if (!page.url().startsWith(`${server.url}${path}`)) events.push(`${path}: left for ${page.url()}`);
      }
      expect(withoutPolicy).toBe(pages.length);
      expect(events).toEqual([]);
      await context.close();
    }, 600_000);
  });
});
