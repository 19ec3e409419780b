const url = 'https://vpcp.example.gov.vn/ban-tin/';
const PAGE_SIZE_LINE = '  pageSize: 20,';

/**
 * The sample site built a second way, once per run (global-setup.ts), for what a default build does not show:
 * - published under a sub-path, inside an organisation's portal (or a GitHub Pages project page), served only there;
 * - with the web editor for a GitLab host, so published at /admin/ with a policy of its own;
 * - with its first search tier set to one page and shards of at most two pages, so that its index is two shards
 *   (2021, 2020) in two tiers, as a large archive's newest years and older years would be.
 */
export const SUB_PATH_SITE = {
  url,
  base: new URL(url).pathname,
  editSiteConfig(config: string): string {
    if (!config.includes(PAGE_SIZE_LINE)) throw new Error(`src/site.config.ts has no line "${PAGE_SIZE_LINE}" to add the web editor after`);
    return config.replace(PAGE_SIZE_LINE, `${PAGE_SIZE_LINE}\n  cms: { backend: 'gitlab', repo: 'vpcp/bantin', hostUrl: 'https://git.vpcp.example.vn', appId: 'a1b2c3' },`);
  },
  env: { BANTIN_SEARCH_SHARD_PAGES: '2', BANTIN_SEARCH_FIRST_TIER_PAGES: '1', BANTIN_SITE_URL: url },
};
