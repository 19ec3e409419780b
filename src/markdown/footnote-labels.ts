/**
 * Footnotes (`Chữ[^1]` … `[^1]: …`) speak Vietnamese: Sätteri titles their section "Footnotes" and labels each way
 * back "Back to reference 1"; the words come from src/i18n/vi.ts instead.
 */
import { defineHastPlugin } from 'satteri';
import { ui } from '../i18n/vi.ts';

export const footnoteLabels = defineHastPlugin({
  name: 'bantin:footnote-labels',
  element: [
    {
      filter: ['h2'],
      visit(node, ctx) {
        if (node.properties?.['id'] !== 'footnote-label' && node.properties?.['id'] !== 'user-content-footnote-label') return;
        ctx.replaceNode(node, { ...node, children: [{ type: 'text', value: ui.footnotes }] });
      },
    },
    {
      filter: ['a'],
      visit(node, ctx) {
        if (node.properties?.['dataFootnoteBackref'] === undefined) return;
        const reference = /#(?:user-content-)?fnref-(.+)$/.exec(String(node.properties['href'] ?? ''))?.[1];
        if (reference) ctx.setProperty(node, 'ariaLabel', ui.backToReference(reference));
      },
    },
  ],
});
