import { posix } from 'node:path';
import { BODY_PLACEHOLDER } from '../lib/new-article.ts';
import type { Diagnostic } from './diagnostic.ts';

export interface BodyContext {
  file: string;
  /** Path of the article under the articles folder, e.g. `2020/x.md` */
  relativePath: string;
  /** 1-based line of the body's first line in the file */
  firstLine: number;
  /** Every file under the articles folder (relative paths), for images next to articles */
  files: ReadonlySet<string>;
  /** Every article id, for links between articles */
  articleIds: ReadonlySet<string>;
  draft: boolean;
}

const MARKDOWN_IMAGE = /!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const HTML_IMG = /<img\b[^>]*>/gi;
const ARTICLE_LINK = /\]\(\s*<?(\/bai-viet\/[^)\s>#?]*)/g;

/** `./anh.jpg` next to `2020/x.md` → `2020/anh.jpg`; `undefined` for URLs that are not files beside articles. */
export function assetPath(articlePath: string, src: string): string | undefined {
  if (/^(?:[a-z]+:|\/\/|\/|#)/i.test(src)) return undefined;
  return posix.normalize(posix.join(posix.dirname(articlePath), decodeURI(src)));
}

/** Images (alt text, file present), links to other articles, and leftovers from `npm run new`. */
export function checkBody(body: string, ctx: BodyContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const lines = body.split('\n');
  const report = (lineIndex: number, message: string) =>
    diagnostics.push({ file: ctx.file, line: ctx.firstLine + lineIndex, message, severity: 'error' });
  const checkImageFile = (lineIndex: number, src: string) => {
    const path = assetPath(ctx.relativePath, src);
    if (path !== undefined && !ctx.files.has(path)) report(lineIndex, `image "${src}" is not there (looked for content/articles/${path})`);
  };
  lines.forEach((line, i) => {
    for (const [, alt, src] of line.matchAll(MARKDOWN_IMAGE)) {
      if (!alt!.trim()) report(i, `image "${src}" has no alt text: describe it inside ![…]`);
      checkImageFile(i, src!);
    }
    for (const [tag] of line.matchAll(HTML_IMG)) {
      const alt = /\balt\s*=\s*("([^"]*)"|'([^']*)')/i.exec(tag!);
      const src = /\bsrc\s*=\s*("([^"]*)"|'([^']*)')/i.exec(tag!);
      if (!alt || !(alt[2] ?? alt[3] ?? '').trim()) report(i, `<img> has no alt text: add alt="…" describing the photo`);
      if (src) checkImageFile(i, src[2] ?? src[3] ?? '');
    }
    for (const [, url] of line.matchAll(ARTICLE_LINK)) {
      const id = url!.replace(/^\/bai-viet\//, '').replace(/\/+$/, '');
      if (!ctx.articleIds.has(id)) report(i, `link to ${url} goes nowhere: no article has the id ${id}`);
    }
    if (!ctx.draft && line.includes(BODY_PLACEHOLDER)) report(i, 'still has the placeholder text written by npm run new');
  });
  return diagnostics;
}
