import { z } from 'astro/zod';
import { idField, textField } from './fields.ts';
import { cmsSchema } from './cms.ts';
import { licenceSchema } from './licence.ts';
import { printSchema } from './print.ts';

const LOGO = 'phải là đường dẫn tới một tệp trong thư mục public/, bắt đầu bằng /, ví dụ /logo.svg';
const PAGE_SIZE = 'phải là một số nguyên từ 1 đến 200';

/** A zone this machine's time zone database knows (`Asia/Ho_Chi_Minh`); `Mars/Base` is not one. */
function isTimeZone(zone: string): boolean {
  try {
    Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * What the rules on official e-portals and licensed bulletins ask a site to print at its foot: the governing body
 * (cơ quan chủ quản), the person responsible for the content, contacts, and for a licensed bulletin its licence.
 */
const imprintSchema = z.strictObject({
  /** Example: `Văn phòng Chính phủ` */
  governingBody: textField('imprint.governingBody').optional(),
  /** Name and title. Example: `Nguyễn Văn A, Trưởng Ban Biên tập` */
  responsible: textField('imprint.responsible'),
  address: textField('imprint.address').optional(),
  phone: textField('imprint.phone').optional(),
  email: z.email({ error: 'phải là một địa chỉ thư điện tử, ví dụ bantin@example.vn' }).optional(),
  /** A licensed bulletin's licence, and what it fixes of the printed editions (src/schemas/licence.ts). */
  licence: licenceSchema.optional(),
});

/** The site's identity (`src/site.config.ts`), checked when the build starts. */
export const siteSchema = z.strictObject({
  /** Name of the bulletin. Example: `Bản tin Công tác Văn phòng` */
  name: textField('name'),
  /** The name under the site's icon on a phone's home screen, about 12 characters. Default: `name`. Example: `Bản tin VP` */
  shortName: textField('shortName').optional(),
  /** The publishing organisation, also the JSON-LD publisher. */
  organisation: textField('organisation'),
  /** Canonical origin (and base path) of the published site. Example: `https://bantin.example.vn/` */
  url: z.url({ protocol: /^https?$/, error: 'phải là địa chỉ web (http:// hoặc https://) nơi trang được đăng, ví dụ https://bantin.example.vn/' }),
  description: textField('description'),
  /** Logo in `public/`, as a site path. Example: `/logo.svg` */
  logo: z.string({ error: LOGO }).startsWith('/', { error: LOGO }),
  /** Unit ids shown in the main navigation, in order. */
  navUnits: z.array(idField, { error: 'phải là danh sách mã đơn vị, ví dụ [van-phong-chinh-phu]' }).min(1, { error: 'cần ít nhất một mã đơn vị' }),
  /** Standing pages (ids from `content/pages/`) linked in the main navigation, in order. Example: `[gioi-thieu]` */
  navPages: z.array(idField, { error: 'phải là danh sách mã trang, ví dụ [gioi-thieu]' }).default([]),
  /** Standing pages linked at the foot of every page, in order. Example: `[gioi-thieu, lien-he]` */
  footerPages: z.array(idField, { error: 'phải là danh sách mã trang, ví dụ [gioi-thieu, lien-he]' }).default([]),
  /** Articles per listing page. */
  pageSize: z.number({ error: PAGE_SIZE }).int({ error: PAGE_SIZE }).min(1, { error: PAGE_SIZE }).max(200, { error: PAGE_SIZE }).default(20),
  /** IANA zone in which dates are shown. */
  timeZone: z
    .string({ error: 'phải là tên một múi giờ, ví dụ Asia/Ho_Chi_Minh' })
    .refine(isTimeZone, { error: (issue) => `"${String(issue.input)}" không phải tên múi giờ; ở Việt Nam là Asia/Ho_Chi_Minh` })
    .default('Asia/Ho_Chi_Minh'),
  /** Printed at the foot of every page. */
  imprint: imprintSchema.optional(),
  /** How the editions' PDFs are made (src/schemas/print.ts); the defaults need no setting. */
  print: printSchema.default({ bleedMm: 0, maxMegabytes: 20 }),
  /** The git host of the web editor at `/admin/`; without it `/admin/` is not published. */
  cms: cmsSchema.optional(),
});

export type SiteConfig = z.output<typeof siteSchema>;
export type SiteConfigInput = z.input<typeof siteSchema>;
