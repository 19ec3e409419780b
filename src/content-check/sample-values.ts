import type { SiteConfig } from '../schemas/site.ts';
import type { Diagnostic } from '../content-files/diagnostic.ts';
import { SITE_CONFIG_FILE, type LineOf } from '../content-files/site-config.ts';

/** Hosts kept for examples (RFC 2606, and the sample's own example.vn): no bulletin is published there. */
const EXAMPLE_HOST = /(?:^|\.)example(?:\.|$)/i;

/** The sample marks its imprint's made-up values `(ví dụ)`; its e-mail is at example.vn. */
const isExample = (value: unknown): boolean =>
  typeof value === 'string' ? /\(ví dụ\)|@example\./i.test(value) : typeof value === 'object' && value !== null && Object.values(value).some(isExample);

/**
 * One warning while the site's address or its imprint still hold the sample's example values: a site published
 * so would give readers a made-up publisher and feeds and share links pointing at nobody's address.
 */
export function sampleValueWarnings(site: SiteConfig, lineOf: LineOf = () => undefined): Diagnostic[] {
  const fields = [...(EXAMPLE_HOST.test(new URL(site.url).hostname) ? ['url'] : []), ...(isExample(site.imprint) ? ['imprint'] : [])];
  if (fields.length === 0) return [];
  const message =
    `${fields.join(' và ')} vẫn là giá trị mẫu của bản tin ví dụ; ` +
    'hãy ghi địa chỉ trang và thông tin của cơ quan mình trước khi đăng trang';
  return [{ file: SITE_CONFIG_FILE, line: lineOf([fields[0]!]), message, severity: 'warning' }];
}
