/**
 * Joined words in bodies (COVID-19, 35-CT/TW) are wrapped in `<span class="nowrap">` so that a line never breaks
 * inside them (src/lib/keep-together.ts decides which). One of the body's inline text rewrites (inline-text.ts), after
 * the HTML allow-list, which would drop the class.
 */
import type { ElementContent } from 'hast';
import { keepTogether, mayHaveJoinedWords } from '../lib/keep-together.ts';
import type { TextRewrite } from './inline-text.ts';

const SKIP = new Set(['code', 'pre', 'script', 'style']);

export const keepWordsTogether: TextRewrite = {
  skipInside: (element) => SKIP.has(element.tagName) || (element.tagName === 'span' && String(element.properties?.['className'] ?? '').includes('nowrap')),
  rewrite(value) {
    if (!mayHaveJoinedWords(value)) return undefined;
    const pieces = keepTogether(value);
    if (!pieces.some((piece) => piece.keep)) return undefined;
    return pieces.map(
      (piece): ElementContent =>
        piece.keep ? { type: 'element', tagName: 'span', properties: { className: ['nowrap'] }, children: [{ type: 'text', value: piece.text }] } : { type: 'text', value: piece.text },
    );
  },
};
