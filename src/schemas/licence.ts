import { z } from 'astro/zod';
import { dayField, textField } from './fields.ts';

const WHOLE = (what: string) => `${what} phải là một số nguyên dương`;
const CM = 'phải là số xăng-ti-mét, ví dụ 19';

/** A page format in centimetres, width × height. */
export const formatCm = (what: string) =>
  z.strictObject(
    {
      /** Example: `19` */
      width: z.number({ error: `${what}.width ${CM}` }).positive({ error: `${what}.width ${CM}` }),
      /** Example: `27` */
      height: z.number({ error: `${what}.height ${CM}` }).positive({ error: `${what}.height ${CM}` }),
    },
    { error: `${what} phải gồm width và height (xăng-ti-mét), ví dụ { width: 19, height: 27 }` },
  );

/**
 * A bulletin's licence (giấy phép xuất bản bản tin) and what it fixes of the printed editions. The defaults are Luật
 * Báo chí 2016, Điều 34 (at most 19 × 27 cm and 64 pages); Luật Báo chí 2025, Điều 48 limits a licence to one year
 * and leaves the rest to a Thông tư, which may change these fields: they live here, in one place.
 */
export const licenceSchema = z.strictObject({
  /** Example: `123/GP-BTTTT` */
  number: textField('imprint.licence.number'),
  /** Day of issue. Example: `2021-01-15` */
  date: dayField,
  /** Example: `Cục Báo chí, Bộ Thông tin và Truyền thông` */
  issuer: textField('imprint.licence.issuer'),
  /** Last day the licence is valid, if it says one (a licence under the 2025 law lasts at most a year). */
  validUntil: dayField.optional(),
  /** Kỳ hạn xuất bản, as the licence words it. Example: `1 tháng/kỳ` */
  frequency: textField('imprint.licence.frequency').optional(),
  /** Khuôn khổ: the largest page the licence allows, in centimetres. Default 19 × 27. */
  format: formatCm('imprint.licence.format').default({ width: 19, height: 27 }),
  /** Số trang: the most pages an edition may have. Default 64. */
  maxPages: z.number({ error: WHOLE('imprint.licence.maxPages') }).int({ error: WHOLE('imprint.licence.maxPages') }).min(1, { error: WHOLE('imprint.licence.maxPages') }).default(64),
});

export type Licence = z.output<typeof licenceSchema>;
