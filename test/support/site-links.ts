import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { listFiles } from './dist.ts';

export interface BrokenLink {
  /** the file of dist/ the link is in */
  file: string;
  url: string;
  problem: 'outside the site' | 'no such file';
}

/** The URLs a page or feed points at: links, images (each srcset candidate), scripts, styles, forms, metadata. */
function urlsIn(file: string, text: string): string[] {
  if (file.endsWith('.xml')) return [...text.matchAll(/<(?:loc|link|guid)>([^<]+)<\/|<(?:atom:link|link)[^>]*href="([^"]+)"/g)].map((m) => (m[1] ?? m[2])!);
  const root = parse(text);
  const urls: string[] = [];
  for (const element of root.querySelectorAll('[href], [src], [srcset], form[action], meta[content]')) {
    for (const name of ['href', 'src', 'action']) {
      const value = element.getAttribute(name);
      if (value !== undefined) urls.push(value);
    }
    const srcset = element.getAttribute('srcset');
    if (srcset) urls.push(...srcset.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!));
    const content = element.getAttribute('content');
    if (element.tagName === 'META' && content && /^(https?:)?\//.test(content)) urls.push(content);
  }
  for (const script of root.querySelectorAll('script[type="application/ld+json"]')) {
    urls.push(...[...script.textContent.matchAll(/"(https?:\/\/[^"]+)"/g)].map((m) => m[1]!));
  }
  return urls;
}

/**
 * Every link of a built site that leaves its address or finds no file: root-relative URLs must start with the
 * site's base path, absolute URLs on the site's host with its whole address, and either must name a file of dist/
 * (`…/` its `index.html`). Other hosts, `mailto:`, `tel:` and fragments are not checked.
 */
export async function brokenLinks(dist: string, siteUrl: string): Promise<BrokenLink[]> {
  const site = new URL(siteUrl);
  const broken: BrokenLink[] = [];
  const files = (await listFiles(dist)).filter((file) => /\.(html|xml)$/.test(file) && !file.startsWith('chi-muc/'));
  for (const file of files) {
    const text = await readFile(join(dist, file), 'utf8');
    for (const raw of urlsIn(file, text)) {
      if (!raw || raw.startsWith('#') || /^(mailto|tel|data):/.test(raw)) continue;
      const url = new URL(raw.replace(/&amp;/g, '&'), new URL(`/${file}`, site));
      if (url.host !== site.host) continue;
      if (!url.pathname.startsWith(site.pathname)) {
        broken.push({ file, url: raw, problem: 'outside the site' });
        continue;
      }
      const path = join(dist, decodeURIComponent(url.pathname.slice(site.pathname.length)));
      const target = existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
      if (!existsSync(target)) broken.push({ file, url: raw, problem: 'no such file' });
    }
  }
  return broken;
}
