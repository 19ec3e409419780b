import { satteri } from '@astrojs/markdown-satteri';
import { defineHastPlugin } from 'satteri';
import { createIdAllocator, FORBIDDEN_ELEMENTS, isDangerousUrl, isEventHandlerAttribute, isExternalUrl } from '../lib/html-safety.ts';
import { slugify } from '../lib/slug.ts';
import { nfc } from '../lib/text.ts';

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formAction', 'xlinkHref', 'poster'];

/**
 * Body text enters the site NFC-normalised, like frontmatter. Markdown files are normalised whole before they are
 * parsed (one call per file, against one per text node: about 2 s over 10,000 articles); MDX, whose source Sätteri
 * reads itself, text node by text node.
 */
const normalizeText = defineHastPlugin({
  name: 'bantin:nfc',
  text(node) {
    const value = nfc(node.value);
    return value === node.value ? undefined : { ...node, value };
  },
});

/** Editors may write HTML, but not code: scripts, event handlers and `javascript:` URLs are removed. */
const stripActiveContent = defineHastPlugin({
  name: 'bantin:strip-active-content',
  element: [
    { filter: FORBIDDEN_ELEMENTS, visit: (node, ctx) => ctx.removeNode(node) },
    {
      filter: [],
      visit(node, ctx) {
        for (const [key, value] of Object.entries(node.properties ?? {})) {
          if (isEventHandlerAttribute(key)) ctx.setProperty(node, key, null);
          else if (URL_ATTRIBUTES.includes(key) && typeof value === 'string' && isDangerousUrl(value)) {
            ctx.setProperty(node, key, null);
          }
        }
      },
    },
    {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.href;
        if (typeof href === 'string' && isExternalUrl(href)) ctx.setProperty(node, 'rel', ['noopener', 'noreferrer']);
      },
    },
  ],
});

/** ASCII heading ids (`#tham-muu-kip-thoi`), unique per article: the factory runs once per document. */
const asciiHeadingIds = () => {
  const allocate = createIdAllocator(slugify);
  return defineHastPlugin({
    name: 'bantin:heading-ids',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit: (node, ctx) => ctx.setProperty(node, 'id', allocate(ctx.textContent(node))),
    },
  });
};

/** Sätteri, Astro 7's Markdown processor, set up for news text. */
export function markdownProcessor() {
  const processor = satteri({
    // Keep the editor's punctuation as written ("…" stays three dots, straight quotes stay straight).
    features: { smartPunctuation: false, rawHtml: true },
    hastPlugins: [normalizeText, stripActiveContent, asciiHeadingIds],
  });
  return {
    ...processor,
    // Markdown: the same options, read when Astro asks (integrations may add to them), but NFC on the whole source.
    async createRenderer(shared: Parameters<typeof processor.createRenderer>[0]) {
      const hastPlugins = processor.options.hastPlugins.filter((plugin) => plugin !== normalizeText);
      const renderer = await satteri({ ...processor.options, hastPlugins }).createRenderer(shared);
      return { ...renderer, render: (content: string, options?: Parameters<typeof renderer.render>[1]) => renderer.render(nfc(content), options) };
    },
  };
}

