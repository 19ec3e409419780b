/**
 * The home-screen icons, made from the site's logo at build time: for the web app manifest (192 and 512 px, and a
 * "maskable" 512 whose logo stays inside the circle Android cuts icons to) and `apple-touch-icon` (180 px, opaque,
 * since iOS puts a transparent icon on black).
 */
import sharp from 'sharp';
import { rasterizeLogo } from './rasterize.ts';

export interface IconSpec {
  /** file name under /bieu-tuong/, or the root for apple-touch-icon.png */
  file: string;
  size: number;
  purpose: 'any' | 'maskable';
  /** share of the side left empty on each side */
  inset: number;
  /** an opaque background, or none */
  background?: string | undefined;
}

export function manifestIcons(background: string): IconSpec[] {
  return [
    { file: '192.png', size: 192, purpose: 'any', inset: 0 },
    { file: '512.png', size: 512, purpose: 'any', inset: 0 },
    // The safe zone of a maskable icon is the central circle of 80% of its side: the logo fits in it.
    { file: '512-maskable.png', size: 512, purpose: 'maskable', inset: 0.2, background },
  ];
}

export const appleTouchIcon = (background: string): IconSpec => ({ file: 'apple-touch-icon.png', size: 180, purpose: 'any', inset: 0.08, background });

export async function renderIcon(logo: Buffer, icon: IconSpec): Promise<Buffer> {
  const inner = Math.round(icon.size * (1 - 2 * icon.inset));
  const drawn = await rasterizeLogo(logo, inner);
  const canvas = sharp({
    create: { width: icon.size, height: icon.size, channels: 4, background: icon.background ?? { r: 0, g: 0, b: 0, alpha: 0 } },
  }).composite([{ input: drawn, gravity: 'centre' }]);
  return (icon.background ? canvas.flatten({ background: icon.background }) : canvas).png({ compressionLevel: 9 }).toBuffer();
}
