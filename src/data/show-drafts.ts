/** Set by the bantin integration: true only under `astro dev`, which shows drafts and scheduled content, marked. */
declare const __BANTIN_SHOW_DRAFTS__: boolean;

/** Whether this build shows drafts (and scheduled articles): `astro dev` does, production builds never. */
export const showDrafts: boolean = __BANTIN_SHOW_DRAFTS__;
