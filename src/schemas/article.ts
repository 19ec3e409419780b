import { z } from 'astro/zod';
import { COVER_SHAPE, frontmatterShape, idField, instantField, textField, wrongType } from './fields.ts';

const AUTHOR_SHAPE = 'phải là một mã tác giả (ví dụ nhat-thy) hoặc danh sách mã (ví dụ [nhat-thy, gia-huy])';
const SOURCE_SHAPE = 'phải gồm name (tên nguồn) và url nếu có, mỗi trường một dòng thụt lề dưới source:';

/** The fields that do not depend on the image helper: built once, as Astro asks for the schema per entry. */
function fields() {
  return {
    /** Headline. Example: `Tập trung cao độ tham mưu phòng, chống dịch COVID-19` */
    title: textField('title'),
    /** Publication instant with offset. Example: `2020-08-26T10:54:00+07:00` */
    date: instantField,
    /** Instant of the last substantive correction, shown as "Cập nhật". */
    updated: instantField.optional(),
    /** One author id, or a list of them (ids from `content/authors.yaml`). */
    author: z.union([idField, z.array(idField).min(1, { error: 'cần ít nhất một mã tác giả' })], { error: AUTHOR_SHAPE }).transform(
      (value) => (Array.isArray(value) ? value : [value]),
    ),
    /** The unit id the article belongs to (from `content/units.yaml`). */
    unit: idField,
    /** The summary paragraph under the headline, without the `(Chinhphu.vn) -` prefix. */
    lede: textField('lede'),
    /** Where the reported event took place. Example: `Hà Nội` */
    location: textField('location').optional(),
    /** The original publication. Example: `{ name: Chinhphu.vn, url: https://chinhphu.vn }` */
    source: z
      .strictObject(
        {
          name: textField('source.name'),
          url: z.url({ protocol: /^https?$/, error: 'phải là địa chỉ web bắt đầu bằng http:// hoặc https://' }).optional(),
        },
        { error: wrongType(SOURCE_SHAPE) },
      )
      .optional(),
    /** Alt text and credit of the lead photo. */
    coverAlt: textField('cover.alt'),
    coverCredit: textField('cover.credit').optional(),
    /** Topics. Example: `[COVID-19, Xây dựng Đảng]` */
    tags: z.array(textField('mỗi chủ đề'), { error: 'phải là danh sách chủ đề, ví dụ [COVID-19, Xây dựng Đảng]' }).default([]),
    /** Drafts are left out of the production build. */
    draft: z.boolean({ error: 'phải là true (bản nháp) hoặc false' }).default(false),
  };
}

let shared: ReturnType<typeof fields> | undefined;

/**
 * Frontmatter of an article (`content/articles/<yyyy>/<slug>.md|mdx`).
 * `image` is Astro's `image()` helper in the content config and a plain path check elsewhere.
 */
export function articleSchema<I extends z.ZodType>(image: I) {
  shared ??= fields();
  const { coverAlt, coverCredit, tags, draft, ...head } = shared;
  return z.strictObject(
    {
      ...head,
      /** Lead photo: a path relative to the article, with alt text and an optional credit. */
      cover: z.strictObject({ src: image, alt: coverAlt, credit: coverCredit }, { error: wrongType(COVER_SHAPE) }).optional(),
      tags,
      draft,
    },
    { error: wrongType(frontmatterShape('title: …')) },
  );
}
