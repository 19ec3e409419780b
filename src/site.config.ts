import type { SiteConfigInput } from './schemas/site.ts';

/**
 * The identity of this bulletin. Editors change it here; the build checks it before anything else.
 * `navUnits` are ids from `content/units.yaml`.
 */
export const site = {
  name: 'Bản tin Công tác Văn phòng',
  // Under the icon on a phone's home screen: about 12 characters
  shortName: 'Bản tin VP',
  organisation: 'Ban Biên tập Bản tin Công tác Văn phòng',
  // Where the site is published. With a path (https://vpcp.example.gov.vn/ban-tin/) every page, file, feed and the
  // search live under it. BANTIN_SITE_URL, when set, publishes the same site at another address (a staging host,
  // a project page of GitHub or GitLab Pages).
  url: process.env.BANTIN_SITE_URL || 'https://bantin.example.vn/',
  description:
    'Tin hoạt động của Văn phòng Chính phủ, Đảng bộ Văn phòng Chính phủ và văn phòng cấp ủy các địa phương.',
  logo: '/logo.svg',
  navUnits: ['van-phong-chinh-phu', 'van-phong-tinh-uy-dong-nai'],
  // Standing pages (content/pages/<id>.md) in the main navigation and at the foot of every page.
  navPages: ['gioi-thieu'],
  footerPages: ['gioi-thieu', 'lien-he', 'chinh-sach-su-dung'],
  pageSize: 20,
  timeZone: 'Asia/Ho_Chi_Minh',
  // What the foot of every page says of the publisher. The sample's values are examples, marked as such.
  imprint: {
    governingBody: 'Văn phòng Chính phủ (ví dụ)',
    responsible: 'Nguyễn Văn A, Trưởng Ban Biên tập (ví dụ)',
    address: 'Số 1 phố Ví Dụ, Hà Nội (ví dụ)',
    phone: '024 0000 0000',
    email: 'bantin@example.vn',
    // The licence also fixes the printed editions (content/editions/): its term, period (kỳ hạn), format and pages.
    licence: {
      number: '00/GP-BTTTT (ví dụ)',
      date: '2021-01-15',
      issuer: 'Bộ Thông tin và Truyền thông',
      validUntil: '2022-01-14',
      frequency: '1 tháng/kỳ (ví dụ)',
      format: { width: 19, height: 27 },
      maxPages: 64,
    },
  },
} satisfies SiteConfigInput;
