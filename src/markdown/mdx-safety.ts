/**
 * MDX bodies held to the article allow-list, whatever the content check said (it refuses all of this with a
 * message first; this step is the second layer, so nothing reaches a page if the check were skipped):
 * - HTML written in MDX (`<iframe>`, `<a onclick>`) becomes the hast element Markdown's HTML becomes, and passes the
 *   same sanitiser (`sanitizeHtml`, which runs next);
 * - components stay only when imported from `@/components/`, with props that are data (no `client:`/`set:`
 *   directives, no spreads, no code); any other component leaves its content;
 * - `import`s of anything else and `export`s go, and so do `{…}` expressions but comments.
 * Markdown files have none of these nodes: the plugin is left out for them.
 */
import { defineHastPlugin, type HastVisitorContext, type MdxJsxFlowElementHast, type MdxJsxTextElementHast, type PluginFactoryContext } from 'satteri';
import type { Element } from 'hast';
import { componentAttributeProblem, componentRoot, elementProperties, importedComponents, isAllowedEsm, isCommentOnly, isHtmlName } from './mdx-code.ts';

type JsxElement = Readonly<MdxJsxFlowElementHast | MdxJsxTextElementHast>;

function mdxSafetyPlugin() {
  let components = new Set<string>();
  const element = (node: JsxElement, ctx: HastVisitorContext) => {
    const name = node.name;
    if (name === null) return; // a fragment, <>…</>
    if (isHtmlName(name)) {
      const html: Element = { type: 'element', tagName: name, properties: elementProperties(node.attributes), children: node.children as Element['children'] };
      ctx.replaceNode(node, html);
    } else if (!name.includes(':') && components.has(componentRoot(name))) {
      const attributes = node.attributes.filter((attribute) => !componentAttributeProblem(attribute));
      if (attributes.length !== node.attributes.length) ctx.replaceNode(node, { type: node.type, name, attributes, children: node.children } as typeof node);
    } else ctx.replaceNode(node, node.children as Element['children']);
  };
  const expression = (node: Readonly<{ value: string }>, ctx: HastVisitorContext) => {
    if (!isCommentOnly(node.value)) ctx.removeNode(node as never);
  };
  return defineHastPlugin({
    name: 'bantin:mdx-safety',
    before(root) {
      const esm = root.children.flatMap((child) => (child.type === 'mdxjsEsm' ? [child.value] : []));
      components = importedComponents(esm.filter(isAllowedEsm));
    },
    mdxjsEsm(node, ctx) {
      if (!isAllowedEsm(node.value)) ctx.removeNode(node);
    },
    mdxFlowExpression: expression,
    mdxTextExpression: expression,
    mdxJsxFlowElement: { filter: [], visit: element },
    mdxJsxTextElement: { filter: [], visit: element },
  });
}

/** The plugin, for MDX files only (a factory Sätteri calls once per file). */
export const mdxSafety = (file: PluginFactoryContext) => (file.sourceFormat === 'mdx' ? mdxSafetyPlugin() : null);
