import { z } from 'astro/zod';
import { idField, textField, wrongType } from './fields.ts';

const ENTRY_SHAPE = wrongType('phải gồm các dòng "id: …" và "name: …", thụt lề thẳng hàng');

/** A unit in `content/units.yaml`: a ministry, an office, a party committee, a party cell. */
export const unitSchema = z.strictObject({
  /** URL id. Example: `dang-uy-van-phong-chinh-phu` */
  id: idField,
  /** Full name. Example: `Đảng ủy Văn phòng Chính phủ` */
  name: textField('name'),
  /** Short name for navigation. Example: `Đảng ủy VPCP` */
  shortName: textField('shortName').optional(),
  /** Id of the unit above this one. */
  parent: idField.optional(),
  description: textField('description').optional(),
  /** Other names the unit goes by in archive texts (the importer matches them). */
  aliases: z.array(textField('mỗi tên gọi khác'), { error: 'phải là danh sách tên gọi khác, ví dụ [VPCP, Văn phòng CP]' }).default([]),
}, { error: ENTRY_SHAPE });

/** An author in `content/authors.yaml`. */
export const authorSchema = z.strictObject({
  /** URL id. Example: `nhat-thy` */
  id: idField,
  /** The name as printed. Example: `Nhật Thy` */
  name: textField('name'),
  /** Example: `Phóng viên` */
  role: textField('role').optional(),
}, { error: ENTRY_SHAPE });

export type Unit = z.output<typeof unitSchema>;
export type Author = z.output<typeof authorSchema>;
