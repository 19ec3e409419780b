/** The web app manifest (src/lib/web-manifest.ts), its icons made from the logo (src/pages/bieu-tuong/). */
import type { APIRoute } from 'astro';
import { paths, site } from '@/data/site.ts';
import { manifestIcons } from '@/pictures/icons.ts';
import { THEME } from '@/lib/theme.ts';
import { webManifest } from '@/lib/web-manifest.ts';

export const GET: APIRoute = () =>
  new Response(
    `${JSON.stringify(
      webManifest({
        name: site.name,
        shortName: site.shortName ?? site.name,
        description: site.description,
        home: paths.home(),
        themeColor: THEME.accent,
        backgroundColor: THEME.paper,
        icons: manifestIcons(THEME.paper).map((icon) => ({ src: paths.icon(icon.file), size: icon.size, purpose: icon.purpose })),
      }),
      null,
      2,
    )}\n`,
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
