import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { site } from './site.ts';

let logo: Promise<Buffer> | undefined;

/** The site's logo file (`logo` in src/site.config.ts, in public/), read once per build for the pictures drawn from it. */
export function readLogo(): Promise<Buffer> {
  logo ??= readFile(join(process.cwd(), 'public', site.logo)).catch(() => {
    throw new Error(`src/site.config.ts: logo: không tìm thấy tệp public${site.logo} để làm ảnh chia sẻ và biểu tượng trang`);
  });
  return logo;
}
