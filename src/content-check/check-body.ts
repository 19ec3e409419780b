import { posix } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import type { ImageKind } from './image-files.ts';
import { BODY_PLACEHOLDER } from '../lib/new-article.ts';
import type { Diagnostic } from '../content-files/diagnostic.ts';
import { isExternalUrl } from '../markdown/sanitize.ts';
import { checkMdxTree, parseMdx } from './check-mdx.ts';

export interface BodyContext {
  file: string;
  /** The folder of the file's kind as the editor sees it, e.g. `content/articles` */
  folder: string;
  /** Path of the file under that folder, e.g. `2020/x.md` */
  relativePath: string;
  /** 1-based line of the body's first line in the file */
  firstLine: number;
  /** Every file under that folder (relative paths), for images next to the file */
  files: ReadonlySet<string>;
  /** Every article id, for links between articles */
  articleIds: ReadonlySet<string>;
  /** What kind of image a file is by its content (see image-files.ts) */
  imageKind?: ((path: string) => ImageKind | undefined) | undefined;
  draft: boolean;
}

const HTML_IMG = /<img\b[^>]*>/gi;

/** A file named like an image whose content is not one (a renamed document, a broken download). */
export const NOT_AN_IMAGE = (src: string) =>
  `tệp "${src}" có đuôi của ảnh nhưng nội dung không phải ảnh JPEG, PNG, WebP, AVIF, GIF hay SVG; hãy lưu lại ảnh từ máy ảnh hoặc phần mềm chỉnh ảnh`;

/** The image files Astro can optimise (or, SVG, copy as they are). */
const IMAGE_FILE = /\.(?:jpe?g|png|webp|avif|gif|svg|tiff?)$/i;

/** The value of attribute `name` in one HTML tag. */
const attribute = (tag: string, name: string) => {
  const match = new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[2] ?? match[3] ?? match[4] ?? '') : undefined;
};

/** Markdown that can hold an image or a link to another article; other bodies need no parse (2–3 ms each). */
const mayHoldImagesOrLinks = (body: string) => body.includes('![') || body.includes('/bai-viet/') || /<img\b/i.test(body);

/** A photo on another site: the pages' Content-Security-Policy lets only the site's own images load. */
export const OFF_SITE_IMAGE = (src: string) =>
  `ảnh "${src}" nằm ở trang web khác: trang chỉ hiện ảnh của chính mình, nên ảnh này sẽ không hiện; hãy tải ảnh về, đặt cạnh bài và dẫn tới nó như ./anh.jpg`;

/** `./anh.jpg` next to `2020/x.md` → `2020/anh.jpg`; `undefined` for URLs that are not files beside articles. */
export function assetPath(articlePath: string, src: string): string | undefined {
  if (/^(?:[a-z]+:|\/\/|\/|#)/i.test(src)) return undefined;
  return posix.normalize(posix.join(posix.dirname(articlePath), decodeURI(src)));
}

/**
 * Images (alt text, file present, none from another site), links to other articles, leftovers from `npm run new`,
 * and in MDX what may not run or reach a page (check-mdx.ts). The body is read with remark's parser (MDX with
 * Sätteri's, as the build reads it), so reference-style images and links (`![ảnh][1]` … `[1]: ./anh.jpg`) count
 * like inline ones.
 */
export function checkBody(body: string, ctx: BodyContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  /** `line` is 1-based within the body */
  const report = (line: number, message: string) => diagnostics.push({ file: ctx.file, line: ctx.firstLine + line - 1, message, severity: 'error' });
  const checkImageFile = (line: number, src: string) => {
    const path = assetPath(ctx.relativePath, src);
    if (isExternalUrl(src)) report(line, OFF_SITE_IMAGE(src));
    else if (path === undefined) return;
    else if (!IMAGE_FILE.test(path)) report(line, `"${src}" không phải tệp ảnh; ảnh trong bài phải là JPEG, PNG, WebP, AVIF, GIF hoặc SVG`);
    else if (!ctx.files.has(path)) report(line, `không tìm thấy ảnh "${src}" (đã tìm ở ${ctx.folder}/${path})`);
    else if (ctx.imageKind && !ctx.imageKind(path)) report(line, NOT_AN_IMAGE(src));
  };
  /** `<img>` written as HTML (in Markdown) or JSX (in MDX) */
  const checkHtmlImage = (line: number, src: string | undefined, alt: string | undefined) => {
    if (!alt?.trim()) report(line, `thẻ <img> thiếu mô tả (alt): hãy thêm alt="…" mô tả nội dung ảnh`);
    if (src) checkImageFile(line, src);
  };
  const checkArticleLink = (line: number, url: string) => {
    if (!url.startsWith('/bai-viet/')) return;
    const path = url.split(/[?#]/)[0]!;
    const id = path.replace(/^\/bai-viet\//, '').replace(/\/+$/, '');
    if (!ctx.articleIds.has(id)) report(line, `liên kết ${path} không dẫn tới bài nào: không có bài viết mang mã ${id}`);
  };
  const mdx = ctx.relativePath.toLowerCase().endsWith('.mdx') ? parseMdx(body) : undefined;
  if (mdx && !mdx.ok) report(mdx.line, mdx.message);
  else if (mdx || mayHoldImagesOrLinks(body)) {
    const tree = mdx?.ok ? mdx.tree : fromMarkdown(body);
    const definitions = new Map<string, string>();
    visit(tree, 'definition', (node) => void definitions.set(node.identifier, node.url));
    visit(tree, (node) => {
      const line = node.position?.start.line ?? 1;
      if (node.type === 'image' || node.type === 'imageReference') {
        const src = node.type === 'image' ? node.url : definitions.get(node.identifier);
        if (!node.alt?.trim()) report(line, `ảnh "${src ?? (node.type === 'imageReference' ? node.identifier : '')}" thiếu mô tả (alt): hãy viết mô tả ảnh trong ![…]`);
        if (src !== undefined) checkImageFile(line, src);
      } else if (node.type === 'link') checkArticleLink(line, node.url);
      else if (node.type === 'linkReference') {
        const url = definitions.get(node.identifier);
        if (url !== undefined) checkArticleLink(line, url);
      } else if (node.type === 'html') {
        for (const { 0: tag, index } of node.value.matchAll(HTML_IMG)) {
          checkHtmlImage(line + (node.value.slice(0, index).match(/\n/g)?.length ?? 0), attribute(tag, 'src'), attribute(tag, 'alt'));
        }
      }
    });
    if (mdx?.ok) checkMdxTree(mdx.tree, { report, checkImage: checkHtmlImage });
  }
  if (!ctx.draft) {
    body.split('\n').forEach((text, i) => {
      if (text.includes(BODY_PLACEHOLDER)) report(i + 1, 'nội dung bài vẫn còn câu mẫu do npm run new ghi sẵn; hãy thay bằng nội dung thật');
    });
  }
  return diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
