/**
 * What Chromium cannot set in a PDF, set with pdf-lib: the document's metadata with the edition's day instead of the
 * time of the build (so the same edition gives the same bytes), a file identifier made from the content, the trim
 * box, and with a bleed, the bleed box and crop marks outside it.
 */
import { createHash } from 'node:crypto';
import { retitleOutline } from './pdf-outline.ts';
import type { EditionPrintFacts } from '../lib/edition-print-facts.ts';
import { PDFArray, PDFDocument, PDFHexString, rgb } from 'pdf-lib';

/** The PDF's facts: its metadata as the print page gives them (title, author, subject, keywords), with its dates and boxes. */
export interface PdfFacts extends Pick<EditionPrintFacts, 'title' | 'author' | 'subject' | 'keywords'> {
  /** the edition's day of publication as an instant: the PDF's creation and modification date */
  date: Date;
  /** the trim size, mm: Chromium's page is within a fraction of a millimetre of trim and bleed (it lays out in whole
   * CSS pixels); the trim box says exactly where to cut */
  trimMm: { width: number; height: number };
  /** bleed on each side, mm (0: none) */
  bleedMm: number;
  /** the page's headings, in order: the outline's titles */
  headings: readonly string[];
}

const PT_PER_MM = 72 / 25.4;
/** How far crop marks reach, and how far outside the bleed they start, in mm. */
const MARK = { length: 6, offset: 2 } as const;

/** Crop marks at the trim's corners, in the area added around the bleed. */
function cropMarks(page: ReturnType<PDFDocument['getPage']>, trim: { x: number; y: number; width: number; height: number }, bleed: number) {
  const off = bleed + MARK.offset * PT_PER_MM;
  const len = MARK.length * PT_PER_MM;
  const line = (x1: number, y1: number, x2: number, y2: number) => page.drawLine({ start: { x: x1, y: y1 }, end: { x: x2, y: y2 }, thickness: 0.25, color: rgb(0, 0, 0) });
  for (const x of [trim.x, trim.x + trim.width]) {
    for (const y of [trim.y, trim.y + trim.height]) {
      const outX = x === trim.x ? -1 : 1;
      const outY = y === trim.y ? -1 : 1;
      line(x + outX * off, y, x + outX * (off + len), y);
      line(x, y + outY * off, x, y + outY * (off + len));
    }
  }
}

export async function finishPdf(bytes: Uint8Array, facts: PdfFacts): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  doc.setTitle(facts.title, { showInWindowTitleBar: true });
  doc.setAuthor(facts.author);
  doc.setSubject(facts.subject);
  doc.setKeywords(facts.keywords);
  doc.setCreator('bantin');
  doc.setProducer(`${doc.getProducer() ?? 'Chromium'} + pdf-lib`);
  doc.setCreationDate(facts.date);
  doc.setModificationDate(facts.date);
  doc.setLanguage('vi');
  retitleOutline(doc, facts.headings);
  const bleed = facts.bleedMm * PT_PER_MM;
  for (const page of doc.getPages()) {
    const { width, height } = page.getSize();
    const trimWidth = facts.trimMm.width * PT_PER_MM;
    const trimHeight = facts.trimMm.height * PT_PER_MM;
    const trim = { x: (width - trimWidth) / 2, y: (height - trimHeight) / 2, width: trimWidth, height: trimHeight };
    page.setTrimBox(trim.x, trim.y, trim.width, trim.height);
    if (bleed > 0) {
      page.setBleedBox(trim.x - bleed, trim.y - bleed, trim.width + 2 * bleed, trim.height + 2 * bleed);
      const margin = (MARK.offset + MARK.length + 1) * PT_PER_MM;
      page.setMediaBox(-margin, -margin, width + 2 * margin, height + 2 * margin);
      page.setCropBox(-margin, -margin, width + 2 * margin, height + 2 * margin);
      cropMarks(page, trim, bleed);
    }
  }
  // The file identifier (two equal halves for a new file), from the finished content: same edition, same identifier.
  // (Chromium's own bytes carry the time of rendering, so they cannot be what it is made from.)
  const id = createHash('md5').update(await doc.save({ useObjectStreams: true })).digest('hex').toUpperCase();
  doc.context.trailerInfo.ID = PDFArray.withContext(doc.context);
  (doc.context.trailerInfo.ID as PDFArray).push(PDFHexString.of(id));
  (doc.context.trailerInfo.ID as PDFArray).push(PDFHexString.of(id));
  return doc.save({ useObjectStreams: true });
}
