import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PDFDocument } from 'pdf-lib';

export interface PdfPage {
  /** [x0, y0, x1, y1] in pt */
  view: number[];
  /** the page's text as a PDF reader copies it: runs joined, a line break as a space */
  text: string;
  /** link annotations: web addresses, and destinations inside the PDF */
  links: { url?: string | undefined; dest?: unknown }[];
  /** images painted on the page */
  images: number;
}

/** A PDF read back as a reader's PDF viewer reads it (Mozilla's pdf.js), page by page, and its structure (pdf-lib). */
export async function readPdf(file: string): Promise<{ pages: PdfPage[]; doc: PDFDocument; bytes: Uint8Array }> {
  const bytes = new Uint8Array(await readFile(file));
  const task = getDocument({ data: bytes.slice(), useSystemFonts: false });
  const pdf = await task.promise;
  const pages: PdfPage[] = [];
  try {
    const { OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const text = content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
        .join('')
        .replace(/\s+/g, ' ')
        .trim();
      const links = (await page.getAnnotations()).filter((a: { subtype: string }) => a.subtype === 'Link').map((a: { url?: string; dest?: unknown }) => ({ url: a.url, dest: a.dest }));
      const ops = await page.getOperatorList();
      const images = ops.fnArray.filter((fn: number) => fn === OPS.paintImageXObject).length;
      pages.push({ view: page.view, text, links, images });
    }
  } finally {
    await task.destroy();
  }
  return { pages, doc: await PDFDocument.load(bytes, { updateMetadata: false }), bytes };
}

/** pt → mm */
export const mm = (pt: number) => (pt * 25.4) / 72;
