import { describe, expect, it } from 'vitest';
import { fillPdfFacts, pdfFactsSlot } from '../../../src/lib/edition-pdf-facts.ts';
import { printFactsJson, readPrintFacts, PRINT_FACTS_ID, type EditionPrintFacts } from '../../../src/lib/edition-print-facts.ts';

describe('the PDF facts on an edition’s page', () => {
  it('fills the slot the page left, and refuses a page without one', () => {
    const html = `<p><a href="x.pdf">Tải</a> (${pdfFactsSlot('PDF, được tạo khi dựng trang')})</p>`;
    expect(fillPdfFacts(html, 'PDF, 12 trang, 206 KB')).toBe('<p><a href="x.pdf">Tải</a> (<span data-pdf-facts>PDF, 12 trang, 206 KB</span>)</p>');
    expect(() => fillPdfFacts('<p></p>', 'x')).toThrow(/data-pdf-facts/);
  });

  it('carries the print facts through the page as JSON that cannot close its element', () => {
    const facts = { id: '12', title: '</script><b>' } as unknown as EditionPrintFacts;
    const html = `<script type="application/json" id="${PRINT_FACTS_ID}">${printFactsJson(facts)}</script>`;
    expect(html).not.toContain('</script><b>');
    expect(readPrintFacts(html)).toEqual(facts);
  });
});
