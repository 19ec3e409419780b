/**
 * What the PDF pipeline needs to know of an edition besides its print page's look: where its file is (for messages),
 * where the PDF and the web page go, the PDF's metadata and the limits it must keep. The print page carries it as
 * JSON (`printFactsScript`), so the pipeline reads the built site and nothing else.
 */
export interface EditionPrintFacts {
  id: string;
  number: number;
  /** the edition's file, as messages name it: `content/editions/12.md` */
  file: string;
  /** URL paths under the site: the web page (whose PDF facts are filled in), the PDF, this print page */
  pagePath: string;
  pdfPath: string;
  printPath: string;
  /** the day of publication's first instant, ISO: the PDF's dates */
  publishedAt: string;
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** the trim size, mm */
  widthMm: number;
  heightMm: number;
  bleedMm: number;
  maxPages: number;
  maxBytes: number;
}

export const PRINT_FACTS_ID = 'edition-print-facts';

/** The JSON as it goes inside `<script type="application/json">`: `<` escaped so no text can close the element. */
export const printFactsJson = (facts: EditionPrintFacts) => JSON.stringify(facts).replace(/</g, '\\u003c');

/** The facts from a print page's HTML; `undefined` when it has none. */
export function readPrintFacts(html: string): EditionPrintFacts | undefined {
  const match = new RegExp(`<script[^>]*id="${PRINT_FACTS_ID}"[^>]*>([^<]*)</script>`).exec(html);
  return match ? (JSON.parse(match[1]!) as EditionPrintFacts) : undefined;
}
