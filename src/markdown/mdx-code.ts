/**
 * What code an MDX body may hold: the one policy the content check (which explains) and the MDX pipeline (which
 * removes) both apply. An MDX file is compiled to a module and run while the site is built, on the machine that holds
 * the deploy credentials, so it may import the project's own components and nothing else; JavaScript runs nowhere but
 * in those components. Expressions are judged by their ESTree (acorn, the parser MDX's own tooling uses).
 */
import { parse, parseExpressionAt, type Options } from 'acorn';
import type { Expression, ModuleDeclaration, Node, Statement } from 'estree';
import { find, html } from 'property-information';
import type { Properties } from 'hast';
import type { MdxJsxAttributeUnion } from 'satteri';
import { ARTICLE_SCHEMA } from './sanitize.ts';

/** The only place an MDX body may import from: the project's components, by the `@/` alias of tsconfig.json. */
export const COMPONENTS_IMPORT = '@/components/';

const ACORN: Options = { ecmaVersion: 'latest', sourceType: 'module', locations: true };

/** `@/components/Hop.astro`, never `@/components/../data/site.ts` or `…?raw`. */
export const isComponentImport = (specifier: string) =>
  specifier.startsWith(COMPONENTS_IMPORT) && !/[?#\\]/.test(specifier) && !specifier.split('/').some((part) => part === '..' || part === '.');

/** One statement of an MDX `import`/`export` block, judged. */
export interface EsmStatement {
  /** 1-based line within the block */
  line: number;
  kind: 'import' | 'export';
  /** `import … from 'x'`: x */
  source?: string | undefined;
  allowed: boolean;
  /** The names an allowed import brings in */
  names: string[];
}

/** The statements of an ESM block, or `undefined` when acorn cannot read it. */
export function esmStatements(value: string): EsmStatement[] | undefined {
  let body: (Statement | ModuleDeclaration)[];
  try {
    body = (parse(value, ACORN) as unknown as { body: (Statement | ModuleDeclaration)[] }).body;
  } catch {
    return undefined;
  }
  return body.map((statement) => {
    const line = statement.loc?.start.line ?? 1;
    if (statement.type !== 'ImportDeclaration') return { line, kind: 'export', allowed: false, names: [] };
    const source = String(statement.source.value);
    const allowed = isComponentImport(source);
    return { line, kind: 'import', source, allowed, names: allowed ? statement.specifiers.map((s) => s.local.name) : [] };
  });
}

/** The component names the allowed imports of these ESM blocks bring in. */
export function importedComponents(esmValues: readonly string[]): Set<string> {
  return new Set(esmValues.flatMap((value) => (esmStatements(value) ?? []).flatMap((s) => s.names)));
}

/** An ESM block the pipeline keeps: imports of components, nothing else. */
export const isAllowedEsm = (value: string) => esmStatements(value)?.every((s) => s.allowed) ?? false;

/** `{/* a note *\/}`: MDX's way of writing a comment, which renders nothing and runs nothing. */
export function isCommentOnly(expression: string): boolean {
  try {
    return (parse(expression, ACORN) as unknown as { body: unknown[] }).body.length === 0;
  } catch {
    return false;
  }
}

/** The schemes a link in an article may use: a component's props carry no `javascript:` or `data:` URL either. */
const SAFE_SCHEMES = new Set(ARTICLE_SCHEMA.protocols?.['href'] ?? []);

/** Text that a browser would read as a URL of another scheme (`java\tscript:`, ` JAVASCRIPT:` included). */
export function hasUnsafeScheme(text: string): boolean {
  // As a browser reads a URL: leading controls and spaces dropped, tabs and line breaks ignored anywhere.
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, ''))?.[1];
  return scheme !== undefined && !SAFE_SCHEMES.has(scheme.toLowerCase());
}

function isStaticNode(node: Node | null): boolean {
  if (!node) return false;
  switch (node.type) {
    case 'Literal':
      return !('regex' in node && node.regex) && !(typeof node.value === 'string' && hasUnsafeScheme(node.value));
    case 'TemplateLiteral':
      return node.expressions.length === 0 && !node.quasis.some((quasi) => hasUnsafeScheme(quasi.value.cooked ?? quasi.value.raw));
    case 'UnaryExpression':
      return (node.operator === '-' || node.operator === '+') && node.argument.type === 'Literal' && typeof node.argument.value === 'number';
    case 'ArrayExpression':
      return node.elements.every((element) => element !== null && element.type !== 'SpreadElement' && isStaticNode(element));
    case 'ObjectExpression':
      return node.properties.every(
        (p) => p.type === 'Property' && p.kind === 'init' && !p.computed && !p.method && !p.shorthand && (p.key.type === 'Identifier' || p.key.type === 'Literal') && isStaticNode(p.value),
      );
    default:
      return false;
  }
}

/** A prop value that is data, not code: text (but a `javascript:` URL), numbers, true/false/null, and lists or objects of those. */
export function isStaticValue(expression: string): boolean {
  try {
    const node = parseExpressionAt(expression, 0, ACORN) as unknown as Expression & { end: number };
    return expression.slice(node.end).trim() === '' && isStaticNode(node);
  } catch {
    return false;
  }
}

/** `<a>`, `<figcaption>`: an HTML element, which passes the article allow-list (`<Hop>`, `<x.Y>` are components). */
export const isHtmlName = (name: string) => /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(name);

/** The local name a component is used by: `Hop` for `<Hop>`, `ui` for `<ui.Hop>`. */
export const componentRoot = (name: string) => name.split('.')[0]!;

/** Why a component's attribute is refused, or `undefined` when it is fine. */
export function componentAttributeProblem(attribute: MdxJsxAttributeUnion): 'spread' | 'directive' | 'code' | undefined {
  if (attribute.type === 'mdxJsxExpressionAttribute') return 'spread';
  // client:load ships the component's script to readers; set:html writes HTML past the allow-list.
  if (attribute.name.includes(':')) return 'directive';
  if (attribute.value && typeof attribute.value === 'object' && !isStaticValue(attribute.value.value)) return 'code';
  if (typeof attribute.value === 'string' && hasUnsafeScheme(attribute.value)) return 'code';
  return undefined;
}

/**
 * An HTML element's JSX attributes as hast properties (as the Markdown parser reads HTML), so the one allow-list
 * judges both. Spreads and `{…}` values have no place in HTML here and are left out.
 */
export function elementProperties(attributes: readonly MdxJsxAttributeUnion[]): Properties {
  const properties: Properties = {};
  for (const attribute of attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || (attribute.value && typeof attribute.value === 'object')) continue;
    const info = find(html, attribute.name);
    const value = attribute.value ?? true;
    properties[info.property] =
      typeof value !== 'string' ? value
      : info.spaceSeparated ? value.split(/[ \t\n\f\r]+/).filter(Boolean)
      : info.commaSeparated ? value.split(',').map((part) => part.trim())
      : value;
  }
  return properties;
}

/** The attribute a hast property is written as (`className` → `class`), for messages. */
export const attributeName = (property: string) => find(html, property).attribute;
