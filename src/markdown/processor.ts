import { satteri } from '@astrojs/markdown-satteri';
import { defineHastPlugin } from 'satteri';
import { nfc } from '../lib/text.ts';
import { footnoteLabels } from './footnote-labels.ts';
import { asciiHeadingIds } from './heading-ids.ts';
import { citationLinks } from './citation-links.ts';
import { citableDocuments } from '../content-files/citable-documents.ts';
import { photoFigures } from './photo-figures.ts';
import { keepWordsTogether } from './keep-together.ts';
import { inlineText } from './inline-text.ts';
import { sanitizeHtml } from './sanitize.ts';
import { mdxSafety } from './mdx-safety.ts';
import { underBasePath } from './site-links.ts';
import { sitePaths } from '../lib/paths.ts';

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

/** Sätteri, Astro 7's Markdown processor, set up for news text on a site whose pages live under `base`. */
export function markdownProcessor(base = '/') {
  const processor = satteri({
    // Keep the editor's punctuation as written ("…" stays three dots, straight quotes stay straight).
    features: { smartPunctuation: false, rawHtml: true },
    hastPlugins: [normalizeText, mdxSafety, sanitizeHtml, ...(base === '/' ? [] : [underBasePath(base)]), photoFigures, inlineText([citationLinks(citableDocuments, sitePaths(base)), () => keepWordsTogether]), footnoteLabels, asciiHeadingIds],
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

