import { describe, expect, it } from 'vitest';
import { withoutRoot } from '../../../src/integrations/portable-page-hashes.ts';

/** Compiled component code as Astro's incremental plugin hashes it, checked out in `root`. */
const compiled = (root: string) =>
  `const $$X = createComponent(($$result) => render\`<p>x</p>\`, "${root}/src/components/X.astro", void 0);\n` +
  `const url = "file://${root}/src/lib/y.ts";\n` +
  `//# sourceMappingURL=data:application/json;charset=utf-8;base64,${Buffer.from(JSON.stringify({ sources: [`${root}/src/components/X.astro`], mappings: root.length > 20 ? 'AAAA,uGAAA' : 'AAAA,gGAAA' })).toString('base64')}\n`;

describe('what the incremental build hashes of a module', () => {
  it('is the same in checkouts in different folders', () => {
    expect(withoutRoot(compiled('/home/runner/work/bantin/bantin'), '/home/runner/work/bantin/bantin/')).toBe(withoutRoot(compiled('/builds/toa-soan/bantin'), '/builds/toa-soan/bantin'));
  });

  it('still tells different code apart', () => {
    expect(withoutRoot(compiled('/a/bantin'), '/a/bantin')).not.toBe(withoutRoot(compiled('/a/bantin').replace('<p>x</p>', '<p>y</p>'), '/a/bantin'));
  });
});
