import { siteSchema } from '../schemas/site.ts';
import { site as input } from '../site.config.ts';

/** The site's identity with defaults applied (already checked when the build started). */
export const site = siteSchema.parse(input);
