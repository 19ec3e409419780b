import { siteSchema } from '../schemas/site.ts';
import { site as input } from '../site.config.ts';
import { basePath, sitePaths } from '../lib/paths.ts';

/** The site's identity with defaults applied (already checked when the build started). */
export const site = siteSchema.parse(input);

/** This site's URLs, under the path of its address (`/`, or `/ban-tin/` for a site inside a portal). */
export const paths = sitePaths(basePath(site.url));
