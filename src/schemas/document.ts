import { z } from 'astro/zod';
import { ATTACHMENT_TYPES } from '../lib/attachments.ts';
import { DOCUMENT_KINDS, findKind } from '../lib/document-kinds.ts';
import { tidyNumber } from '../lib/document-number.ts';
import { slugify } from '../lib/slug.ts';
import { dayField, frontmatterShape, idField, textField, wrongType } from './fields.ts';

/** A field line of a document, the example an editor is shown when the frontmatter is not a list of fields. */
export const DOCUMENT_EXAMPLE_FIELD = 'number: 35-CT/TW';

/** A document's standing, by its URL segment: in force unless the frontmatter says otherwise. */
export const DOCUMENT_STATUSES = ['con-hieu-luc', 'het-hieu-luc', 'bi-thay-the'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

const STATUS = 'phải là "còn hiệu lực", "hết hiệu lực" hoặc "bị thay thế"';
const FILE_SHAPE = 'mỗi tệp đính kèm là một đường dẫn (ví dụ ./35-ct-tw.pdf) hoặc gồm src và title, mỗi trường một dòng thụt lề';


const attachmentPath = z
  .string({ error: FILE_SHAPE })
  .trim()
  .min(1, { error: 'đường dẫn tệp không được để trống' })
  .refine((src) => !/^(?:[a-z]+:|\/|\\)/i.test(src), { error: 'phải là đường dẫn tới một tệp cạnh văn bản, ví dụ ./35-ct-tw.pdf' })
  .refine((src) => (src.split('.').pop()?.toLowerCase() ?? '') in ATTACHMENT_TYPES, {
    error: `chỉ đính kèm được tệp ${Object.values(ATTACHMENT_TYPES).join(', ')} (đuôi .pdf, .doc, .docx, .odt)`,
  });

/** Frontmatter of a document (`content/documents/<id>.md`); the body, if any, is its full text or an excerpt. */
export const documentSchema = z.strictObject(
  {
    /** Số ký hiệu. Example: `35-CT/TW`, `42/2022/NĐ-CP`, `123/QĐ-UBND` (spaces inside are dropped) */
    number: textField('number').transform(tidyNumber),
    /** Thể loại, one of document-kinds.ts, written with or without tone marks. Example: `Chỉ thị` */
    kind: textField('kind').transform((text, ctx) => {
      const kind = findKind(text);
      if (kind) return kind.name;
      ctx.addIssue({ code: 'custom', message: `"${text}" không phải loại văn bản đã biết; các loại: ${DOCUMENT_KINDS.map((k) => k.name).join(', ')}` });
      return z.NEVER;
    }),
    /** A unit id from `content/units.yaml`, or the name of an outside body. Example: `Bộ Chính trị` */
    issuer: textField('issuer'),
    /** Who signed it, with their title if wanted. Example: `Trần Quốc Vượng` */
    signer: textField('signer').optional(),
    /** Day of issue. Example: `2019-05-30` */
    issued: dayField,
    /** Day it takes effect, if not the day of issue. */
    effective: dayField.optional(),
    /** Trích yếu: what the document is about. */
    summary: textField('summary'),
    /** Attachments next to the document file: PDF, DOC, DOCX or ODT. */
    files: z
      .array(
        z.preprocess(
          (value) => (typeof value === 'string' ? { src: value } : value),
          z.strictObject({ src: attachmentPath, title: textField('files.title').optional() }, { error: wrongType(FILE_SHAPE) }),
        ),
        { error: 'phải là danh sách tệp đính kèm, ví dụ [./35-ct-tw.pdf]' },
      )
      .default([]),
    /** In force unless said: `còn hiệu lực`, `hết hiệu lực` or `bị thay thế` (with replacedBy). */
    status: z
      .string({ error: STATUS })
      .transform((text, ctx) => {
        const status = DOCUMENT_STATUSES.find((s) => s === slugify(text));
        if (status) return status;
        ctx.addIssue({ code: 'custom', message: `"${text}" ${STATUS}` });
        return z.NEVER;
      })
      .optional(),
    /** The id of the document that replaces this one (its file name). Example: `30-2020-nd-cp` */
    replacedBy: idField.optional(),
    /** Topics. Example: `[Công tác văn thư]` */
    tags: z.array(textField('mỗi chủ đề'), { error: 'phải là danh sách chủ đề, ví dụ [Công tác văn thư]' }).default([]),
  },
  { error: wrongType(frontmatterShape(DOCUMENT_EXAMPLE_FIELD)) },
);

export type DocumentData = z.output<typeof documentSchema>;
