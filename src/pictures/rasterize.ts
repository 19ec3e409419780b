import sharp from 'sharp';

/**
 * The logo (SVG or raster) as a square PNG of `size` px, contained and centred on transparency. An SVG is drawn at the
 * size asked for, not drawn small and enlarged: sharp renders it at `density` dots per inch, 72 giving its own size.
 */
export async function rasterizeLogo(logo: Buffer, size: number): Promise<Buffer> {
  const { width = size, height = size, format } = await sharp(logo).metadata();
  const density = format === 'svg' ? Math.min(2400, Math.ceil((72 * size) / Math.min(width, height))) : undefined;
  return sharp(logo, density ? { density } : {})
    .resize(size, size, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .png()
    .toBuffer();
}
