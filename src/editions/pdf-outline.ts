import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';

/** One entry of a PDF's outline (bookmarks): its title, how deep it is (1 for the top), the page it opens (1-based). */
export interface OutlineItem {
  title: string;
  depth: number;
  page: number | undefined;
}

/**
 * Titles compared as Chromium writes them in the outline: the heading's text as laid out, its lines run together
 * without a space ("yêu cầutrong"), uppercased where the style says so, a line split by a page break twice.
 */
const squeezed = (text: string) => text.normalize('NFC').replace(/\s+/g, '').toLocaleLowerCase('vi');
const same = (outlineTitle: string, heading: string) => squeezed(heading).length > 0 && squeezed(outlineTitle).includes(squeezed(heading));

const text = (value: unknown) => (value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : '');

/**
 * The outline Chromium writes from the page's headings (`page.pdf({ outline: true })`), in document order. Each item
 * points at the page its heading is on: how the pipeline learns where each article starts.
 */
export function readOutline(doc: PDFDocument): OutlineItem[] {
  const pages = new Map(doc.getPages().map((page, i) => [page.ref.toString(), i + 1]));
  const pageOf = (item: PDFDict): number | undefined => {
    let dest = item.lookup(PDFName.of('Dest'));
    if (!dest) {
      const action = item.lookup(PDFName.of('A'));
      if (action instanceof PDFDict) dest = action.lookup(PDFName.of('D'));
    }
    if (!(dest instanceof PDFArray)) return undefined;
    const target = dest.get(0);
    return target instanceof PDFRef ? pages.get(target.toString()) : undefined;
  };
  const items: OutlineItem[] = [];
  const walk = (first: unknown, depth: number) => {
    const seen = new Set<PDFDict>();
    for (let item = first; item instanceof PDFDict && !seen.has(item); item = item.lookup(PDFName.of('Next'))) {
      seen.add(item);
      items.push({ title: text(item.lookup(PDFName.of('Title'))).replace(/\s+/g, ' ').trim(), depth, page: pageOf(item) });
      walk(item.lookup(PDFName.of('First')), depth + 1);
    }
  };
  const outlines = doc.catalog.lookup(PDFName.of('Outlines'));
  if (outlines instanceof PDFDict) walk(outlines.lookup(PDFName.of('First')), 1);
  return items;
}

/**
 * The page each title starts on, matched in order among the outline's items at one depth (the articles' headings;
 * a subheading with the same words is deeper). `undefined` for a title not found.
 */
export function startPages(outline: readonly OutlineItem[], titles: readonly string[]): (number | undefined)[] {
  const first = outline.find((item) => titles.length > 0 && same(item.title, titles[0]!));
  const level = first ? outline.filter((item) => item.depth === first.depth) : [];
  let from = 0;
  return titles.map((title) => {
    const at = level.findIndex((item, i) => i >= from && same(item.title, title));
    if (at < 0) return undefined;
    from = at + 1;
    return level[at]!.page;
  });
}

/**
 * Give the outline's items their headings' text as written (`headings`: every heading of the page, in order), in
 * place of Chromium's run-together lines: a reader's bookmarks say "yêu cầu trong", not "yêu cầutrong".
 */
export function retitleOutline(doc: PDFDocument, headings: readonly string[]): void {
  let next = 0;
  const walk = (first: unknown) => {
    const seen = new Set<PDFDict>();
    for (let item = first; item instanceof PDFDict && !seen.has(item); item = item.lookup(PDFName.of('Next'))) {
      seen.add(item);
      const title = text(item.lookup(PDFName.of('Title')));
      const at = headings.findIndex((heading, i) => i >= next && same(title, heading));
      if (at >= 0) {
        item.set(PDFName.of('Title'), PDFHexString.fromText(headings[at]!.replace(/\s+/g, ' ').trim()));
        next = at + 1;
      }
      walk(item.lookup(PDFName.of('First')));
    }
  };
  const outlines = doc.catalog.lookup(PDFName.of('Outlines'));
  if (outlines instanceof PDFDict) walk(outlines.lookup(PDFName.of('First')));
}
