import type { SiteConfigInput } from './schemas/site.ts';

/**
 * The identity of this bulletin. Editors change it here; the build checks it before anything else.
 * `navUnits` are ids from `content/units.yaml`.
 */
export const site = {
  name: 'Bản tin Công tác Văn phòng',
  organisation: 'Ban Biên tập Bản tin Công tác Văn phòng',
  url: 'https://bantin.example.vn/',
  description:
    'Tin hoạt động của Văn phòng Chính phủ, Đảng bộ Văn phòng Chính phủ và văn phòng cấp ủy các địa phương.',
  logo: '/logo.svg',
  navUnits: ['van-phong-chinh-phu', 'van-phong-tinh-uy-dong-nai'],
  pageSize: 20,
  timeZone: 'Asia/Ho_Chi_Minh',
} satisfies SiteConfigInput;
