/**
 * A paragraph holding only an image is a news photo: `![mô tả](./anh.jpg "Chú thích. Ảnh: Gia Huy")` becomes
 * `<figure>` with the image and a `<figcaption>` made of the title, its trailing credit ("Ảnh: …") set apart as
 * `<span class="credit">`, like the caption-only figures imported from the portals. A photo beside the article is
 * given the article's photo sizes; Astro's own plugin, which runs after this one, turns it into an optimised image.
 */
import type { Element, ElementContent } from 'hast';
import { defineHastPlugin } from 'satteri';
import { ARTICLE_PHOTO } from '../lib/photo-sizes.ts';
import { splitCredit } from '../lib/photo-caption.ts';

function figcaption(title: string): Element {
  const { caption, credit } = splitCredit(title);
  const children: ElementContent[] = [];
  if (caption) children.push({ type: 'text', value: credit ? `${caption} ` : caption });
  if (credit) children.push({ type: 'element', tagName: 'span', properties: { className: ['credit'] }, children: [{ type: 'text', value: credit }] });
  return { type: 'element', tagName: 'figcaption', properties: {}, children };
}

export const photoFigures = defineHastPlugin({
  name: 'bantin:photo-figures',
  // Images are few and paragraphs many: the visitor starts from each image and looks at its paragraph.
  element: {
    filter: ['img'],
    visit(image, ctx) {
      const paragraph = ctx.parent(image);
      if (paragraph?.type !== 'element' || paragraph.tagName !== 'p') return;
      const content = paragraph.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
      if (content.length !== 1) return;
      const { title, src, ...rest } = image.properties ?? {};
      // (an empty address is a photo from another site the allow-list took the address of)
      const properties = src ? { src, ...rest } : rest;
      const caption = typeof title === 'string' ? title.trim() : '';
      // A file beside the article (not a URL): Astro optimises it in the article's photo widths (the `image`
      // settings in astro.config.mjs), and the browser picks one by these sizes.
      const local = typeof properties['src'] === 'string' && !URL.canParse(properties['src']) && !properties['src'].startsWith('/');
      const img: Element = {
        type: 'element',
        tagName: 'img',
        // At most as wide as the widest the column needs: no full-size copy of a 12-megapixel original.
        properties: local ? { ...properties, width: ARTICLE_PHOTO.widths.at(-1)!, sizes: ARTICLE_PHOTO.sizes } : properties,
        children: [],
      };
      ctx.replaceNode(paragraph, { type: 'element', tagName: 'figure', properties: {}, children: caption ? [img, figcaption(caption)] : [img] });
    },
  },
});
