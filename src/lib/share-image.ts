/**
 * The picture a page is shared with (`og:image`): Facebook and Zalo show a link with it, 1200 x 630 at best (1.91:1),
 * and as a small thumbnail below 600 px wide.
 */
export interface ShareImage {
  /** Absolute URL */
  url: string;
  width: number;
  height: number;
  /** What the picture shows, for readers who cannot see it */
  alt: string;
  /** `image/jpeg`, `image/png` */
  type: string;
}

export const SHARE_SIZE = { width: 1200, height: 630 } as const;
/** Narrower than this, a picture is shown as a thumbnail: a generated card is better. */
export const SHARE_MIN_WIDTH = 600;

/**
 * The largest 1200:630 crop of a cover of `width` x `height` px, at most 1200 wide and never enlarged; `undefined`
 * when that is narrower than SHARE_MIN_WIDTH (the article then shares its unit's card).
 */
export function coverShareSize(width: number, height: number): { width: number; height: number } | undefined {
  const cropWidth = Math.min(SHARE_SIZE.width, width, Math.floor((height * SHARE_SIZE.width) / SHARE_SIZE.height));
  if (cropWidth < SHARE_MIN_WIDTH) return undefined;
  return { width: cropWidth, height: Math.round((cropWidth * SHARE_SIZE.height) / SHARE_SIZE.width) };
}
