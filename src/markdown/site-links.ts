import { defineHastPlugin } from 'satteri';

/**
 * Links and images written from the site's root, as editors and the importer write them (`/bai-viet/2021/x/`),
 * point under the site's base path when it is published under one (`/ban-tin/bai-viet/2021/x/`). A path already
 * under the base, a protocol-relative `//host/…` and every other URL stay as written.
 */
export const underBasePath = (base: string) =>
  defineHastPlugin({
    name: 'bantin:site-links',
    element: {
      filter: ['a', 'img'],
      visit(node, ctx) {
        for (const name of ['href', 'src']) {
          const value = node.properties?.[name];
          if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith(base)) {
            ctx.setProperty(node, name, `${base}${value.slice(1)}`);
          }
        }
      },
    },
  });
