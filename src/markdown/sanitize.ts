/**
 * What HTML an article may carry, as an allow-list: hast-util-sanitize (the core of rehype-sanitize) with GitHub's
 * schema, plus the elements news text uses. Editors write Markdown and some HTML; anything not on the list goes:
 * `<script>` and `<style>` with their content, other unknown elements (`<iframe>`, `<form>`, `<center>`…) leaving
 * their sanitised content; attributes not on the list (`onclick`, `style`, `class` but the credit's), and URLs
 * whose protocol is not http(s), mailto or tel (`javascript:`, `data:`). Editors' `id` and `name` values get the
 * `user-content-` prefix, so they cannot clobber the page's own elements.
 */
import type { Element, ElementContent, Properties } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { defineHastPlugin, type HastVisitorContext } from 'satteri';

const base = {
  tagNames: defaultSchema.tagNames ?? [],
  attributes: defaultSchema.attributes ?? {},
  protocols: defaultSchema.protocols ?? {},
  strip: defaultSchema.strip ?? [],
};

export const ARTICLE_SCHEMA: Schema = {
  ...defaultSchema,
  // Photos with captions, abbreviations of office names, marked and small text, table captions, dates.
  // (no `input`: GitHub keeps task-list checkboxes, news text has none)
  tagNames: [...base.tagNames.filter((tag) => tag !== 'input'), 'figure', 'figcaption', 'abbr', 'cite', 'mark', 'small', 'u', 'caption', 'colgroup', 'col', 'time'],
  attributes: {
    ...base.attributes,
    // the photo credit inside a caption ("Ảnh: …"), styled apart
    span: [['className', 'credit']],
    img: [...(base.attributes['img'] ?? []), 'loading', 'decoding'],
  },
  protocols: { ...base.protocols, href: [...(base.protocols['href'] ?? []), 'tel'] },
  strip: [...base.strip, 'style'],
};

const tagNames = new Set(ARTICLE_SCHEMA.tagNames);
const ancestors = ARTICLE_SCHEMA.ancestors ?? {};
const required = ARTICLE_SCHEMA.required ?? {};
const strip = new Set(ARTICLE_SCHEMA.strip);
const clobber = new Set(ARTICLE_SCHEMA.clobber);
const prefix = ARTICLE_SCHEMA.clobberPrefix ?? '';
/** Ancestors are checked on the page's tree (below); the library sees one element at a time. */
const elementSchema: Schema = { ...ARTICLE_SCHEMA, ancestors: {} };

/** Sätteri prefixes its own footnote ids already; the schema's prefix is added once, not twice. */
function unprefixed(properties: Properties): Properties {
  const result: Properties = { ...properties };
  for (const key of clobber) {
    const value = result[key];
    if (typeof value === 'string' && value.startsWith(prefix)) result[key] = value.slice(prefix.length);
  }
  return result;
}

function hasRequiredAncestor(node: Readonly<Element>, ctx: HastVisitorContext): boolean {
  const needed = ancestors[node.tagName];
  if (!needed) return true;
  for (let parent = ctx.parent(node); parent?.type === 'element'; parent = ctx.parent(parent)) {
    if (needed.includes(parent.tagName)) return true;
  }
  return false;
}

/** Inside an element that is not allowed, which has replaced its whole content already (below). */
function insideRemoved(node: Readonly<Element>, ctx: HastVisitorContext): boolean {
  for (let parent = ctx.parent(node); parent?.type === 'element'; parent = ctx.parent(parent)) {
    if (!tagNames.has(parent.tagName)) return true;
  }
  return false;
}

/** An element's properties as the allow-list keeps them (its ancestors aside), or `undefined` when it goes. */
export function allowedProperties(tag: string, properties: Properties): Properties | undefined {
  const clean = sanitize({ type: 'element', tagName: tag, properties: unprefixed(properties), children: [] }, elementSchema);
  return clean.type === 'element' ? clean.properties : undefined;
}

/** Elements that go with their content (`<script>`, `<style>`), not leaving their text behind. */
export const isStrippedTag = (tag: string) => strip.has(tag);

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** Links that leave the site. */
export const isExternalUrl = (url: string) => /^(?:https?:)?\/\//i.test(url.trim());

/** Links out of the site open without giving the other site a handle on this one: the `rel` they get. */
const externalRel = (tag: string, href: unknown) => (tag === 'a' && typeof href === 'string' && isExternalUrl(href) ? ['noopener', 'noreferrer'] : undefined);

/**
 * A photo on another site loses its address: the pages' policy (`img-src 'self'`) would not load it, and a page
 * fetches nothing from another site even without that policy. Its alt text stays. (The content check refuses it.)
 */
const isOffSitePhoto = (tag: string, src: unknown) => tag === 'img' && typeof src === 'string' && isExternalUrl(src);

/** Links out marked, photos from other sites left without an address, through a sanitised subtree. */
function finishContent(nodes: ElementContent[]): ElementContent[] {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    const rel = externalRel(node.tagName, node.properties['href']);
    if (rel) node.properties['rel'] = rel;
    if (isOffSitePhoto(node.tagName, node.properties['src'])) delete node.properties['src'];
    finishContent(node.children);
  }
  return nodes;
}

/** The Sätteri plugin: every element is checked against the schema. */
export const sanitizeHtml = defineHastPlugin({
  name: 'bantin:sanitize-html',
  element: {
    filter: [],
    visit(node, ctx) {
      const properties = node.properties ?? {};
      const keys = Object.keys(properties);
      const tag = node.tagName;
      // An allowed element with no attributes and no rule about its ancestors is safe as it is (most of a text).
      if (keys.length === 0 && tagNames.has(tag) && !ancestors[tag] && !required[tag]) return;
      if (insideRemoved(node, ctx)) return;
      const clean = hasRequiredAncestor(node, ctx) ? allowedProperties(tag, properties) : undefined;
      if (clean) {
        if (isOffSitePhoto(tag, clean['src'])) delete clean['src'];
        for (const key of new Set([...keys, ...Object.keys(clean)])) {
          const value = clean[key];
          // a list attribute left with no allowed value (`class="x"`) goes, rather than stay empty
          const kept = Array.isArray(value) && value.length === 0 ? undefined : value;
          if (!same(kept, properties[key])) ctx.setProperty(node, key, kept ?? null);
        }
        const rel = externalRel(tag, clean['href']);
        if (rel) ctx.setProperty(node, 'rel', rel);
        return;
      }
      if (isStrippedTag(tag)) {
        ctx.removeNode(node);
        return;
      }
      // Not allowed (here): the element goes, its content stays, sanitised whole by the library.
      const content = sanitize({ type: 'root', children: node.children as ElementContent[] }, ARTICLE_SCHEMA);
      ctx.replaceNode(node, finishContent(content.type === 'root' ? (content.children as ElementContent[]) : []));
    },
  },
});
