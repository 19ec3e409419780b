import type { BlockContent, Root } from 'mdast';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { Block } from './dump-body.ts';
import type { ParsedDump } from './parse-dump.ts';
import { markdownFileText } from '../../src/lib/frontmatter-text.ts';
import { escapeHtml } from '../../src/lib/text.ts';

/** A photo caption as HTML: the one construct Markdown has no syntax for. Text is escaped here. */
export function figureHtml(caption: string | undefined, credit: string | undefined): string {
  const parts = [caption && escapeHtml(caption), credit && `<span class="credit">${escapeHtml(credit)}</span>`];
  return `<figure>\n<figcaption>${parts.filter(Boolean).join(' ')}</figcaption>\n</figure>`;
}

function blockNode(block: Block): BlockContent {
  switch (block.type) {
    case 'paragraph':
      return { type: 'paragraph', children: [{ type: 'text', value: block.text }] };
    case 'heading':
      return { type: 'heading', depth: 2, children: [{ type: 'text', value: block.text }] };
    case 'figure':
      return { type: 'html', value: figureHtml(block.caption, block.credit) };
  }
}

const processor = unified().use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', rule: '-', fences: true });

/** The body as Markdown: built as an mdast and serialised by remark, so `* _ [ ] # < >` in text are escaped. */
export function bodyMarkdown(blocks: readonly Block[]): string {
  const tree: Root = { type: 'root', children: blocks.map(blockNode) };
  return processor.stringify(tree);
}

export interface ArticleRefs {
  unit: string;
  author: string;
}

/** The complete article file: frontmatter in the order editors read it, then the body. */
export function articleFile(article: ParsedDump, refs: ArticleRefs): string {
  const frontmatter: Record<string, unknown> = {
    title: article.title,
    date: article.date,
    author: refs.author,
    unit: refs.unit,
    lede: article.lede,
  };
  if (article.location) frontmatter.location = article.location;
  if (article.source) frontmatter.source = article.source;
  return markdownFileText(frontmatter, bodyMarkdown(article.blocks));
}
