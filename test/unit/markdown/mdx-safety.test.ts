import { describe, expect, it } from 'vitest';
import { mdxToJs } from 'satteri';
import { mdxSafety } from '../../../src/markdown/mdx-safety.ts';
import { sanitizeHtml } from '../../../src/markdown/sanitize.ts';
import { hasUnsafeScheme, isComponentImport, isStaticValue } from '../../../src/markdown/mdx-code.ts';

/** The module Astro's MDX pipeline would compile, with the MDX step and the allow-list as the site runs them. */
const compile = (mdx: string) => mdxToJs(mdx, { hastPlugins: [mdxSafety, sanitizeHtml], jsxImportSource: 'astro', elementAttributeNameCase: 'html' }).code;

describe('the MDX pipeline, whatever the check said', () => {
  it('passes HTML written in MDX through the article allow-list', () => {
    const code = compile('Chữ <a href="javascript:alert(1)" onclick="x()">đây</a> <span className="credit do">Ảnh</span>\n\n<script>alert(2)</script>\n\n<iframe src="https://x.vn">trong</iframe>\n\n<div style="background:url(x)">khối</div>');
    expect(code).not.toMatch(/javascript:|onclick|alert|iframe|script|style|x\.vn/);
    expect(code).toContain('class: "credit"');
    expect(code).toMatch(/"trong"/);
  });

  it('drops code: expressions (not comments), exports, imports of anything but components', () => {
    const code = compile("import fs from 'node:fs'\nexport const khoa = process.env.TOKEN\n\nChữ {alert(1)} {/* ghi chú */} hết.");
    expect(code).not.toMatch(/node:fs|process|khoa|alert/);
    expect(code).toContain('"Chữ "');
  });

  it('keeps project components, with their data props only; other components leave their content', () => {
    const code = compile("import NameList from '@/components/NameList.astro'\n\n<NameList items={[{ name: \"a\", href: \"/x/\", count: 1 }]} client:load set:html=\"<b>\" other={globalThis.x} {...p} />\n\n<Khac>nội dung</Khac>\n\n<NameList items={[{ href: \"javascript:alert(1)\" }]} />");
    expect(code).toContain('import NameList from "@/components/NameList.astro"');
    expect(code).toMatch(/_jsx\(NameList, \{\s*items: \[\{\s*name: "a",\s*href: "\/x\/",\s*count: 1\s*\}\]\s*\}\)/);
    expect(code).not.toMatch(/client|set:html|globalThis|Khac|javascript:/);
    expect(code).toContain('"nội dung"');
  });

  it('drops a whole import block holding anything but components, and with it the components it named', () => {
    const code = compile("import NameList from '@/components/NameList.astro'\nimport fs from 'node:fs'\n\n<NameList items={[]}>chữ</NameList>");
    expect(code).not.toMatch(/NameList|node:fs/);
    expect(code).toContain('"chữ"');
  });
});

describe('what counts as code in MDX', () => {
  it('components come from @/components/ only', () => {
    expect(isComponentImport('@/components/NameList.astro')).toBe(true);
    for (const source of ['node:fs', './x.astro', '@/components/../data/site.ts', '@/components/./x.astro', '@/components/x.astro?raw', 'astro:assets']) expect(isComponentImport(source), source).toBe(false);
  });

  it('props are data: text, numbers, booleans, lists and objects of them, but no URL that runs script', () => {
    for (const value of ['1', '-2.5', '"chữ"', '`chữ`', 'true', 'null', '[1, "a", { b: [true] }]', '{ "khóa": "https://x.vn" }']) expect(isStaticValue(value), value).toBe(true);
    for (const value of ['x', 'alert(1)', '`${x}`', '{ x }', '{ [k]: 1 }', '{ f() {} }', '[...a]', '"javascript:alert(1)"', '"  JaVa\\tScRiPt:x"', '"data:text/html,x"', '1; alert(1)', '/x/']) expect(isStaticValue(value), value).toBe(false);
    expect(hasUnsafeScheme('Chủ đề: hội nghị')).toBe(false);
    expect(hasUnsafeScheme('mailto:a@b.vn')).toBe(false);
    expect(hasUnsafeScheme('\u0001 vbscript:x')).toBe(true);
  });
});
