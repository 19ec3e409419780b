/**
 * An article body, as rendered for the site, made ready for the edition's PDF: its headings moved under the article's
 * title (`##` → h4: the PDF's outline nests them under their article), its photos loaded at once (a lazy photo below
 * the fold would print blank) and sized for a column of the page.
 */
export function bodyForPrint(html: string, shift = 2, photoSizes = '80mm'): string {
  return html
    .replace(/<(\/?)h([1-6])\b/g, (_, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + shift)}`)
    .replace(/\sloading="lazy"/g, ' loading="eager"')
    .replace(/\ssizes="[^"]*"/g, ` sizes="${photoSizes}"`);
}
