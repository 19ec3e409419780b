/** The manifest's icons, made from the logo (src/pictures/icons.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readLogo } from '@/data/site-logo.ts';
import { digest } from '@/node/digest.ts';
import { manifestIcons, renderIcon, type IconSpec } from '@/pictures/icons.ts';
import { THEME } from '@/lib/theme.ts';

export const getStaticPaths = (async () => {
  const logo = (await readLogo()).toString('base64');
  return manifestIcons(THEME.paper).map((icon) => ({ params: { icon: icon.file }, props: { icon }, cacheKey: digest(logo, icon) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ icon: IconSpec }> = async ({ props }) =>
  new Response(new Uint8Array(await renderIcon(await readLogo(), props.icon)), { headers: { 'Content-Type': 'image/png' } });
