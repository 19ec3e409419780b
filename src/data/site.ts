import { siteConfig } from '../content-files/site-config.ts';
import { basePath, sitePaths } from '../lib/paths.ts';

/** The site's identity with defaults applied (checked once, src/content-files/site-config.ts). */
export const site = await siteConfig();

/** This site's URLs, under the path of its address (`/`, or `/ban-tin/` for a site inside a portal). */
export const paths = sitePaths(basePath(site.url));
