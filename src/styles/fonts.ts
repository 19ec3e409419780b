/**
 * The site's two typefaces, Noto Serif (text, headings) and Noto Sans (masthead, menus, captions), from the
 * @fontsource packages, served from the site itself by Astro's Fonts API (`fonts` in astro.config.mjs, `<Font>` in
 * the layout). Astro gives each a fallback with matched metrics (Times New Roman, Arial, adjusted to Noto's size
 * and line height), so the text does not reflow when the web font arrives; the faces an article's first screen needs
 * are preloaded. Vietnamese needs two files per face: the Latin subset and the Vietnamese one (ă, đ, ơ, ư, ạ…).
 *
 * `font-display: optional`: a face that has not arrived by the first paint (a first visit on a slow phone network) is
 * not swapped in later, since even a matched fallback wraps a headline differently and moves everything below it
 * (0.15–0.3 of layout shift on an article at 360 px). It is in the cache for the next page. Android's own serif is
 * Noto Serif, so there the fallback is the same typeface.
 */
import { fontProviders } from 'astro/config';

const LATIN = ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+02BB-02BC', 'U+02C6', 'U+02DA', 'U+02DC', 'U+0304', 'U+0308', 'U+0329', 'U+2000-206F', 'U+20AC', 'U+2122', 'U+2191', 'U+2193', 'U+2212', 'U+2215', 'U+FEFF', 'U+FFFD'];
const VIETNAMESE = ['U+0102-0103', 'U+0110-0111', 'U+0128-0129', 'U+0168-0169', 'U+01A0-01A1', 'U+01AF-01B0', 'U+0300-0301', 'U+0303-0304', 'U+0308-0309', 'U+0323', 'U+0329', 'U+1EA0-1EF9', 'U+20AB'];

type Face = { weight: 400 | 700; style: 'normal' | 'italic' };

/** The variants of one @fontsource family: each face in both subsets. */
function variants(pkg: string, faces: Face[]) {
  return faces.flatMap(({ weight, style }) =>
    (
      [
        ['latin', LATIN],
        ['vietnamese', VIETNAMESE],
      ] as const
    ).map(([subset, ranges]) => ({
      weight,
      style,
      unicodeRange: [...ranges] as [string, ...string[]],
      src: [`@fontsource/${pkg}/files/${pkg}-${subset}-${weight}-${style}.woff2`] as [string],
    })),
  );
}

export const FONTS = [
  {
    provider: fontProviders.local(),
    name: 'Noto Serif',
    cssVariable: '--font-serif',
    fallbacks: ['Times New Roman', 'serif'],
    display: 'optional',
    options: { variants: variants('noto-serif', [{ weight: 400, style: 'normal' }, { weight: 400, style: 'italic' }, { weight: 700, style: 'normal' }]) },
  },
  {
    provider: fontProviders.local(),
    name: 'Noto Sans',
    cssVariable: '--font-sans',
    fallbacks: ['Arial', 'sans-serif'],
    display: 'optional',
    options: { variants: variants('noto-sans', [{ weight: 400, style: 'normal' }, { weight: 700, style: 'normal' }]) },
  },
] as const;
