/**
 * Joined words in bodies (COVID-19, 35-CT/TW) are wrapped in `<span class="nowrap">` so that a line never breaks
 * inside them (src/lib/keep-together.ts decides which). Runs after the HTML allow-list, which would drop the class.
 */
import type { ElementContent } from 'hast';
import { defineHastPlugin } from 'satteri';
import { keepTogether, mayHaveJoinedWords } from '../lib/keep-together.ts';

const SKIP = new Set(['code', 'pre', 'script', 'style']);

export const keepWordsTogether = defineHastPlugin({
  name: 'bantin:keep-together',
  text(node, ctx) {
    if (!mayHaveJoinedWords(node.value)) return;
    const pieces = keepTogether(node.value);
    if (!pieces.some((piece) => piece.keep)) return;
    for (let parent = ctx.parent(node); parent && parent.type === 'element'; parent = ctx.parent(parent)) {
      if (SKIP.has(parent.tagName) || (parent.tagName === 'span' && String(parent.properties?.['className'] ?? '').includes('nowrap'))) return;
    }
    const children: ElementContent[] = pieces.map((piece) =>
      piece.keep ? { type: 'element', tagName: 'span', properties: { className: ['nowrap'] }, children: [{ type: 'text', value: piece.text }] } : { type: 'text', value: piece.text },
    );
    ctx.replaceNode(node, children);
  },
});
