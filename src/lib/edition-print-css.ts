/**
 * The page rules of an edition's PDF, which depend on the edition and the site: the page size (trim and bleed), and
 * the running heads, one named page per section (Chromium has no `string-set`; a named page per section gives each
 * its own head, and a new section starts on a new page). The rest of the layout is print-edition.css.
 */

export interface PrintPageOptions {
  trimCm: { width: number; height: number };
  bleedMm: number;
  /** the left-hand pages' head: the bulletin and the number */
  runningHead: string;
  /** the right-hand pages' head, per section */
  sectionTitles: readonly string[];
}

/** Page margins (mm) inside the trim: inner edges are wider, for binding. */
export const PRINT_MARGINS = { top: 17, bottom: 16, inner: 18, outer: 14 } as const;

/** The named page of section `i`: `s-1`, `s-2`… */
export const sectionPage = (i: number) => `s-${i + 1}`;

/** A CSS string literal: quotes, backslashes and line breaks escaped. */
const cssString = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\n\r]+/g, ' ')}"`;

const BOX = "font-family: 'Noto Sans', sans-serif; font-size: 7.5pt; color: #444;";

export function printPageCss(options: PrintPageOptions): string {
  const { trimCm, bleedMm: b, runningHead, sectionTitles } = options;
  const m = PRINT_MARGINS;
  const mm = (n: number) => `${Number(n.toFixed(2))}mm`;
  const size = `${mm(trimCm.width * 10 + 2 * b)} ${mm(trimCm.height * 10 + 2 * b)}`;
  const left = `@top-left { content: ${cssString(runningHead)}; ${BOX} } @bottom-left { content: counter(page); ${BOX} }`;
  const numberOnly = (side: 'left' | 'right') => `@bottom-${side} { content: counter(page); ${BOX} }`;
  return [
    `@page { size: ${size}; margin: ${mm(m.top + b)} ${mm(m.outer + b)} ${mm(m.bottom + b)} ${mm(m.inner + b)}; }`,
    `@page :left { margin-left: ${mm(m.outer + b)}; margin-right: ${mm(m.inner + b)}; }`,
    `@page :right { margin-left: ${mm(m.inner + b)}; margin-right: ${mm(m.outer + b)}; }`,
    `@page cover { margin: ${mm(b)}; }`,
    `@page back { margin: ${mm(m.top + b)} ${mm(m.outer + b)} ${mm(m.bottom + b)}; }`,
    `@page contents:left { ${numberOnly('left')} }`,
    `@page contents:right { ${numberOnly('right')} }`,
    ...sectionTitles.flatMap((title, i) => [
      `@page ${sectionPage(i)}:left { ${left} }`,
      `@page ${sectionPage(i)}:right { @top-right { content: ${cssString(title)}; ${BOX} } ${numberOnly('right')} }`,
      `.${sectionPage(i)} { page: ${sectionPage(i)}; }`,
    ]),
    // The page size without margins: the cover and the back page fill theirs (the colophon sits at the foot).
    `:root { --page-width: ${mm(trimCm.width * 10 + 2 * b)}; --page-height: ${mm(trimCm.height * 10 + 2 * b)}; --bleed: ${mm(b)}; --back-height: ${mm(trimCm.height * 10 - m.top - m.bottom - 1)}; }`,
  ].join('\n');
}
