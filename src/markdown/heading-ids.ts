import { defineHastPlugin } from 'satteri';
import { slugify } from '../lib/slug.ts';

/** Assigns ASCII ids to headings, unique within one document (`Đảng ủy` → `dang-uy`, then `dang-uy-2`). */
export function createIdAllocator(slugify: (text: string) => string) {
  const used = new Map<string, number>();
  return (text: string): string => {
    const base = slugify(text) || 'muc';
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  };
}

/** ASCII heading ids (`#tham-muu-kip-thoi`), unique per article: the factory runs once per document. */
export const asciiHeadingIds = () => {
  const allocate = createIdAllocator(slugify);
  return defineHastPlugin({
    name: 'bantin:heading-ids',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        // The footnotes' own heading keeps the id their references point at (aria-describedby).
        const parent = ctx.parent(node);
        if (parent?.type === 'element' && parent.properties?.['dataFootnotes'] !== undefined) return;
        ctx.setProperty(node, 'id', allocate(ctx.textContent(node)));
      },
    },
  });
};
