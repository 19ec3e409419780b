/**
 * How wide a photo is shown in an article: the full width of a phone, the text column (46rem) on wider screens.
 * Astro makes each photo in these widths (WebP), and the browser picks by `sizes`: a 360 px phone downloads the
 * 360 px one. Used by the cover and by every photo in the text.
 */
export const ARTICLE_PHOTO = {
  widths: [360, 480, 720, 960, 1200, 1440],
  sizes: '(min-width: 50rem) 46rem, 100vw',
} as const;

/** A cover beside its headline in a listing: 6rem wide on a phone, 10rem on wider screens (see .card__photo). */
export const LISTING_PHOTO = {
  widths: [96, 160, 192, 320],
  sizes: '(min-width: 40rem) 10rem, 6rem',
} as const;
