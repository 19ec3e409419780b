/**
 * Share pictures drawn at build time: satori lays the card out and draws its text as outlines with the site's own
 * fonts (Noto Serif and Noto Sans, shaped by HarfBuzz, so ệ, ặ, ữ come out as Vietnamese is written), sharp turns the
 * SVG into a PNG. A character the fonts lack stops the build with the card's text rather than drawing a blank box.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import satori from 'satori';
import sharp from 'sharp';
import { CARD_SIZE, cardLayout, type CardFrame, type CardText } from './card-layout.ts';
import { rasterizeLogo } from './rasterize.ts';

const require = createRequire(import.meta.url);

/** The faces a card uses; each in the Latin and the Vietnamese subset. */
const FACES = [
  { name: 'Noto Serif', pkg: 'noto-serif', weight: 700 },
  { name: 'Noto Sans', pkg: 'noto-sans', weight: 400 },
  { name: 'Noto Sans', pkg: 'noto-sans', weight: 700 },
] as const;

/** The font files a card is drawn with, for the cards' cache keys: a new version of a font draws new cards. */
export const CARD_FONT_FILES = FACES.flatMap(({ pkg, weight }) =>
  ['latin', 'vietnamese'].map((subset) => require.resolve(`@fontsource/${pkg}/files/${pkg}-${subset}-${weight}-normal.woff2`)),
);

let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | undefined;
/** satori keeps one font per name, weight and style: each subset is a family of its own (card-layout.ts lists both). */
const loadFonts = () =>
  (fonts ??= Promise.all(
    FACES.flatMap(({ name, pkg, weight }) =>
      ['latin', 'vietnamese'].map(async (subset) => ({
        name: subset === 'latin' ? name : `${name} Vietnamese`,
        weight,
        style: 'normal' as const,
        data: await readFile(require.resolve(`@fontsource/${pkg}/files/${pkg}-${subset}-${weight}-normal.woff2`)),
      })),
    ),
  ));

/** The logo at the size a card shows it, as a PNG data: URL (an SVG logo is drawn by sharp, not by satori). */
export async function logoDataUrl(logo: Buffer, size = 192): Promise<string> {
  return `data:image/png;base64,${(await rasterizeLogo(logo, size)).toString('base64')}`;
}

/** A card as a PNG of 1200 x 630. */
export async function renderCard(text: CardText, frame: CardFrame): Promise<Buffer> {
  const missing: string[] = [];
  const svg = await satori(cardLayout(text, frame) as Parameters<typeof satori>[0], {
    ...CARD_SIZE,
    fonts: await loadFonts(),
    // Asked only for characters no font given has: refuse them instead of leaving a gap in the picture.
    loadAdditionalAsset: async (_language, segment) => {
      missing.push(segment);
      return [];
    },
  });
  if (missing.length > 0) {
    throw new Error(`ảnh chia sẻ "${text.title}": phông chữ của trang không có các ký tự ${JSON.stringify(missing.join(''))}; hãy bỏ hoặc thay các ký tự đó`);
  }
  // A full-colour PNG: quantising it to a palette would make the file a quarter of its size (51 to 14 KB) for 50 ms more per card.
  return sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toBuffer();
}
