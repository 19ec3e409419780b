import { z } from 'astro/zod';
import { instantField, textField } from './fields.ts';

/** Frontmatter of a standing page (`content/pages/<id>.md`): Giới thiệu, Liên hệ, Chính sách sử dụng… */
export const pageSchema = z.strictObject({
  /** Heading and title. Example: `Giới thiệu` */
  title: textField('title'),
  /** One sentence for search engines, link previews and the site map. */
  description: textField('description').optional(),
  /** When the content last changed, shown as "Cập nhật". Example: `2026-11-20T09:00:00+07:00` */
  updated: instantField.optional(),
  /** A draft page is left out of the production build. */
  draft: z.boolean({ error: 'phải là true (bản nháp) hoặc false' }).default(false),
});
