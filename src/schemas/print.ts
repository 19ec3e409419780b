import { z } from 'astro/zod';
import { formatCm } from './licence.ts';

const MM = 'phải là số mi-li-mét từ 0 đến 10, ví dụ 3';
const MB = 'phải là số mêga-bai lớn hơn 0, ví dụ 20';

/** How the editions' PDFs are made for the print shop (`print` in `src/site.config.ts`). */
export const printSchema = z.strictObject({
  /** Trim size (khổ thành phẩm) in centimetres; by default the licence's format. Never larger than the licence allows. */
  trimCm: formatCm('print.trimCm').optional(),
  /** Bleed (lề xén) in millimetres on each side, with crop marks outside it; 0 (the default) for neither. */
  bleedMm: z.number({ error: `print.bleedMm ${MM}` }).min(0, { error: `print.bleedMm ${MM}` }).max(10, { error: `print.bleedMm ${MM}` }).default(0),
  /** Largest PDF the build publishes, in MB as the site shows sizes (1 MB = 1,048,576 bytes): phones download it. Default 20. */
  maxMegabytes: z.number({ error: `print.maxMegabytes ${MB}` }).positive({ error: `print.maxMegabytes ${MB}` }).default(20),
});
