/**
 * Mentions of documents the site has become links to their pages: "Chỉ thị số 35-CT/TW" →
 * `<a href="/van-ban/35-ct-tw/">Chỉ thị số 35-CT/TW</a>`. Never inside a heading, a link, a caption or code, where a
 * link would be wrong or nested. Text nodes without a digit are passed over at once.
 */
import type { ElementContent } from 'hast';
import { defineHastPlugin } from 'satteri';
import { citationFinder, type Citation } from '../lib/citations.ts';
import type { SitePaths } from '../lib/paths.ts';
import type { CitableDocuments } from '../node/citable-documents.ts';

const NO_LINKS = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption', 'code', 'pre', 'script', 'style', 'button', 'label']);

/** `documents()` is asked once per article: the finder is rebuilt only when the documents changed. */
export function citationLinks(documents: () => CitableDocuments, paths: SitePaths) {
  let built: { digest: string; find: (text: string) => Citation[] } | undefined;
  return () => {
    const current = documents();
    if (built?.digest !== current.digest) built = { digest: current.digest, find: citationFinder(current.documents) };
    const { find } = built;
    return defineHastPlugin({
      name: 'bantin:citation-links',
      text(node, ctx) {
        const citations = find(node.value);
        if (citations.length === 0) return;
        for (let parent = ctx.parent(node); parent && parent.type === 'element'; parent = ctx.parent(parent)) {
          if (NO_LINKS.has(parent.tagName)) return;
        }
        const pieces: ElementContent[] = [];
        let at = 0;
        for (const { start, end, id } of citations) {
          if (start > at) pieces.push({ type: 'text', value: node.value.slice(at, start) });
          pieces.push({ type: 'element', tagName: 'a', properties: { href: paths.document(id) }, children: [{ type: 'text', value: node.value.slice(start, end) }] });
          at = end;
        }
        if (at < node.value.length) pieces.push({ type: 'text', value: node.value.slice(at) });
        ctx.replaceNode(node, pieces);
      },
    });
  };
}
