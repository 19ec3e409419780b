/**
 * The web app manifest: what a phone needs to put the site on its home screen with its name, icon and colours.
 * `minimal-ui`: opened from the home screen, the site keeps a back button and its address, for sharing a link.
 */
export interface ManifestInput {
  name: string;
  shortName: string;
  description: string;
  /** the site's base path: where the app starts, and what it covers */
  home: string;
  themeColor: string;
  backgroundColor: string;
  icons: { src: string; size: number; purpose: 'any' | 'maskable' }[];
}

export function webManifest(input: ManifestInput): Record<string, unknown> {
  return {
    id: input.home,
    name: input.name,
    short_name: input.shortName,
    description: input.description,
    lang: 'vi',
    dir: 'ltr',
    start_url: input.home,
    scope: input.home,
    display: 'minimal-ui',
    theme_color: input.themeColor,
    background_color: input.backgroundColor,
    icons: input.icons.map((icon) => ({ src: icon.src, sizes: `${icon.size}x${icon.size}`, type: 'image/png', purpose: icon.purpose })),
  };
}
