/**
 * The attributes the edition's print page carries for the PDF pipeline (src/editions/), which fills in what only the
 * rendered PDF knows: each contents entry's page, the page count in the colophon, the padding pages before the back.
 */
export const PRINT_MARKS = {
  /** on a contents entry's page number; the value is the article's anchor (`bai-3`) */
  tocPage: 'data-toc-page',
  /** on an article title's link to its web address */
  articleTitle: 'data-article-url',
  /** on the back page, which the padding pages go before */
  back: 'data-back-page',
  /** the colophon's page count (EditionColophon's `data-colophon` of the `pages` line) */
  pageCount: '[data-colophon="pages"]',
} as const;
