import { z } from 'astro/zod';
import { idField, textField } from './fields.ts';

/** The site's identity (`src/site.config.ts`), checked when the build starts. */
export const siteSchema = z.strictObject({
  /** Name of the bulletin. Example: `Bản tin Công tác Văn phòng` */
  name: textField('name'),
  /** The publishing organisation, also the JSON-LD publisher. */
  organisation: textField('organisation'),
  /** Canonical origin (and base path) of the published site. Example: `https://bantin.example.vn/` */
  url: z.url({ protocol: /^https?$/, error: 'must be the http(s) address the site is published at' }),
  description: textField('description'),
  /** Logo in `public/`, as a site path. Example: `/logo.svg` */
  logo: z.string().startsWith('/', { error: 'must be a path in public/ starting with /' }),
  /** Unit ids shown in the main navigation, in order. */
  navUnits: z.array(idField).min(1),
  /** Articles per listing page. */
  pageSize: z.number().int().min(1).max(200).default(20),
  /** IANA zone in which dates are shown. */
  timeZone: z.string().default('Asia/Ho_Chi_Minh'),
});

export type SiteConfig = z.output<typeof siteSchema>;
export type SiteConfigInput = z.input<typeof siteSchema>;
