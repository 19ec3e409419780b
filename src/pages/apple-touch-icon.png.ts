/** The home-screen icon of iOS, made from the logo (src/pictures/icons.ts); at the site's root, where iOS looks first. */
import type { APIRoute } from 'astro';
import { readLogo } from '@/data/site-logo.ts';
import { appleTouchIcon, renderIcon } from '@/pictures/icons.ts';
import { THEME } from '@/lib/theme.ts';

export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await renderIcon(await readLogo(), appleTouchIcon(THEME.paper))), { headers: { 'Content-Type': 'image/png' } });
