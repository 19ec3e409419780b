import { foldWithMap } from '../lib/search-fold.ts';

/**
 * Wrap the words of `root` that match `terms` (folded: any tones, d for đ, whole words) in <mark>, leaving
 * alone text inside `data-search-ignore`, scripts and existing marks.
 */
export function markTerms(root: Node, terms: readonly string[], className = 'search-hit') {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('[data-search-ignore], script, style, mark') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  for (const node of nodes) {
    const text = node.data;
    const { folded, map } = foldWithMap(text);
    const ranges: [number, number][] = [];
    for (const term of terms) {
      for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + term.length)) {
        const before = folded[at - 1];
        const after = folded[at + term.length];
        const wordStart = before === undefined || !/[\p{L}\p{N}]/u.test(before);
        const wordEnd = after === undefined || !/[\p{L}\p{N}]/u.test(after);
        if (!wordStart || !wordEnd) continue;
        const start = map[at]!;
        const end = map[at + term.length - 1]! + 1;
        if (!ranges.some(([s, e]) => start < e && end > s)) ranges.push([start, end]);
      }
    }
    if (ranges.length === 0) continue;
    ranges.sort((a, b) => a[0] - b[0]);
    const fragment = document.createDocumentFragment();
    let last = 0;
    for (const [start, end] of ranges) {
      fragment.append(text.slice(last, start));
      const mark = document.createElement('mark');
      mark.className = className;
      mark.textContent = text.slice(start, end);
      fragment.append(mark);
      last = end;
    }
    fragment.append(text.slice(last));
    node.replaceWith(fragment);
  }
}
