/**
 * An edition's page links its PDF with the PDF's page count and size, which exist only once the PDF is made, after
 * Astro has written the page. The page marks the place (`pdfFactsSlot`) and the build fills it in (`fillPdfFacts`).
 */
import { escapeHtml } from './text.ts';

export const PDF_FACTS_ATTRIBUTE = 'data-pdf-facts';

/** The facts' element, with `placeholder` (what `npm run dev`, which makes no PDF, shows). */
export const pdfFactsSlot = (placeholder: string) => `<span ${PDF_FACTS_ATTRIBUTE}>${escapeHtml(placeholder)}</span>`;

const SLOT = new RegExp(`<span ${PDF_FACTS_ATTRIBUTE}>[^<]*</span>`, 'g');

/** The page's HTML with the facts written in; throws when the page has no slot (the page template changed). */
export function fillPdfFacts(html: string, facts: string): string {
  if (!SLOT.test(html)) throw new Error(`no <span ${PDF_FACTS_ATTRIBUTE}> to fill in`);
  SLOT.lastIndex = 0;
  return html.replace(SLOT, `<span ${PDF_FACTS_ATTRIBUTE}>${escapeHtml(facts)}</span>`);
}
