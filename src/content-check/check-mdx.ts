/**
 * What an MDX body may hold, explained in Vietnamese (the MDX pipeline, src/markdown/mdx-safety.ts, removes the same
 * things): HTML on the article allow-list, components imported from `@/components/` with props that are data, and no
 * other code. The body is read by Sätteri, the parser the build uses, so a file this check passes is read the same
 * way by the build.
 */
import { mdxToMdast, type MdxJsxFlowElement, type MdxJsxTextElement } from 'satteri';
import type { Root } from 'mdast';
import { explainMdxError } from './mdx-syntax.ts';
import { visit } from 'unist-util-visit';
import { allowedProperties, ARTICLE_SCHEMA, isStrippedTag } from '../markdown/sanitize.ts';
import { attributeName, COMPONENTS_IMPORT, componentAttributeProblem, componentRoot, elementProperties, esmStatements, importedComponents, isCommentOnly, isHtmlName } from '../markdown/mdx-code.ts';

export type MdxParse = { ok: true; tree: Root } | { ok: false; line: number; message: string };

/** Read an MDX body as the build does, or say where and why it cannot be read (mdx-syntax.ts). */
export function parseMdx(body: string): MdxParse {
  try {
    return { ok: true, tree: mdxToMdast(body) as Root };
  } catch (error) {
    return { ok: false, ...explainMdxError(error, 1) };
  }
}

const short = (code: string) => (code.length > 40 ? `${code.slice(0, 40)}…` : code).replace(/\s+/g, ' ');

const IMPORT_ONLY = `chỉ được nhập (import) thành phần của trang từ ${COMPONENTS_IMPORT}, ví dụ: import Hop from '${COMPONENTS_IMPORT}Hop.astro'`;
const NO_CODE = 'bài viết không được chứa mã JavaScript: mã trong tệp MDX chạy trên máy dựng trang';
const URL_ATTRIBUTES = new Set(Object.keys(ARTICLE_SCHEMA.protocols ?? {}));

export interface MdxHelpers {
  /** Report a problem at a 1-based line of the body */
  report: (line: number, message: string) => void;
  /** The checks an image gets wherever it is written (alt text, the file, not from another site) */
  checkImage: (line: number, src: string | undefined, alt: string | undefined) => void;
}

function checkHtmlElement(name: string, node: MdxJsxFlowElement | MdxJsxTextElement, line: number, { report, checkImage }: MdxHelpers) {
  const properties = elementProperties(node.attributes);
  const kept = allowedProperties(name, properties);
  if (!kept) {
    report(line, isStrippedTag(name) ? `thẻ <${name}> không được phép: bài viết không được mang mã hay kiểu trình bày riêng lên trang` : `thẻ <${name}> không có trong danh sách thẻ HTML được phép trong bài (README, mục An toàn nội dung)`);
    return;
  }
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      report(line, `thẻ <${name}>: {${short(attribute.value)}} không được dùng; ${NO_CODE}`);
    } else if (attribute.value && typeof attribute.value === 'object') {
      report(line, `thẻ <${name}>: giá trị của ${attribute.name} là biểu thức {…}; trong thẻ HTML, hãy viết giá trị trong ngoặc kép`);
    }
  }
  for (const [property, value] of Object.entries(properties)) {
    const shown = attributeName(property);
    if (kept[property] === undefined) {
      if (URL_ATTRIBUTES.has(property) && allowedProperties(name, { [property]: 'https://a.vn/' })?.[property]) {
        report(line, `thẻ <${name}>: địa chỉ "${short(String(value))}" ở ${shown} không được phép; chỉ dùng http(s)://, mailto:, tel: hoặc đường dẫn trong trang`);
      } else report(line, `thẻ <${name}>: thuộc tính ${shown} không được phép${/^on/i.test(shown) ? ' (trang không chạy mã do bài viết mang theo)' : ''}`);
    } else if (Array.isArray(value) && JSON.stringify(kept[property]) !== JSON.stringify(value)) {
      report(line, `thẻ <${name}>: giá trị "${value.join(' ')}" của ${shown} không được phép`);
    }
  }
  if (name === 'img') checkImage(line, typeof properties['src'] === 'string' ? properties['src'] : undefined, typeof properties['alt'] === 'string' ? properties['alt'] : undefined);
}

function checkComponent(name: string, node: MdxJsxFlowElement | MdxJsxTextElement, line: number, components: ReadonlySet<string>, { report }: MdxHelpers) {
  if (name.includes(':') || !components.has(componentRoot(name))) {
    report(line, `thành phần <${name}> chưa được nhập; ${IMPORT_ONLY}`);
    return;
  }
  for (const attribute of node.attributes) {
    const problem = componentAttributeProblem(attribute);
    if (problem === 'spread') report(line, `thành phần <${name}>: {${short(attribute.value as string)}} không được dùng; ${NO_CODE}`);
    else if (problem === 'directive') report(line, `thành phần <${name}>: ${'name' in attribute ? attribute.name : ''} không được phép (client: đưa mã xuống trình duyệt, set:html chèn HTML không qua kiểm tra)`);
    else if (problem === 'code') report(line, `thành phần <${name}>: giá trị của ${'name' in attribute ? attribute.name : ''} là mã JavaScript hoặc địa chỉ javascript:/data:; chỉ được dùng giá trị cố định (chữ, số, true/false, danh sách, địa chỉ http(s))`);
  }
}

/** Every MDX node of the tree that is not allowed, reported with its line. */
export function checkMdxTree(tree: Root, helpers: MdxHelpers): void {
  const { report } = helpers;
  const esm = tree.children.flatMap((node) => (node.type === 'mdxjsEsm' ? [node.value] : []));
  // Components imported rightly count even beside a wrong import (the pipeline drops the whole block; the editor is
  // told about the wrong import, not about every use of the right one).
  const components = importedComponents(esm);
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'mdxjsEsm') {
      const statements = esmStatements(node.value);
      if (!statements) report(line, `không đọc được khối import/export: ${short(node.value)}`);
      for (const s of statements ?? []) {
        if (s.kind === 'export') report(line + s.line - 1, `không được dùng export trong bài; ${NO_CODE}`);
        else if (!s.allowed) report(line + s.line - 1, `không được nhập "${s.source}"; ${IMPORT_ONLY}`);
      }
    } else if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !isCommentOnly(node.value)) {
      report(line, `biểu thức {${short(node.value)}} không được dùng; ${NO_CODE}. Muốn viết dấu "{" như chữ thường, hãy viết \\{; ghi chú thì viết {/* … */}`);
    } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name !== null) {
      if (isHtmlName(node.name)) checkHtmlElement(node.name, node, line, helpers);
      else checkComponent(node.name, node, line, components, helpers);
    }
  });
}
