/**
 * Mentions of documents the site has become links to their pages: "Chỉ thị số 35-CT/TW" →
 * `<a href="/van-ban/35-ct-tw/">Chỉ thị số 35-CT/TW</a>`. Never inside a heading, a link, a caption or code, where a
 * link would be wrong or nested. Text nodes without a digit are passed over at once. One of the body's inline text
 * rewrites (inline-text.ts).
 */
import type { ElementContent } from 'hast';
import { citationFinder, type Citation } from '../lib/citations.ts';
import type { SitePaths } from '../lib/paths.ts';
import type { CitableDocuments } from '../content-files/citable-documents.ts';
import type { TextRewrite } from './inline-text.ts';

const NO_LINKS = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption', 'code', 'pre', 'script', 'style', 'button', 'label']);

/** `documents()` is asked once per article: the finder is rebuilt only when the documents changed. */
export function citationLinks(documents: () => CitableDocuments, paths: SitePaths): () => TextRewrite {
  let built: { digest: string; find: (text: string) => Citation[] } | undefined;
  return () => {
    const current = documents();
    if (built?.digest !== current.digest) built = { digest: current.digest, find: citationFinder(current.documents) };
    const { find } = built;
    return {
      skipInside: (element) => NO_LINKS.has(element.tagName),
      rewrite(value) {
        const citations = find(value);
        if (citations.length === 0) return undefined;
        const pieces: ElementContent[] = [];
        let at = 0;
        for (const { start, end, id } of citations) {
          if (start > at) pieces.push({ type: 'text', value: value.slice(at, start) });
          pieces.push({ type: 'element', tagName: 'a', properties: { href: paths.document(id) }, children: [{ type: 'text', value: value.slice(start, end) }] });
          at = end;
        }
        if (at < value.length) pieces.push({ type: 'text', value: value.slice(at) });
        return pieces;
      },
    };
  };
}
