import type { PagefindResultData } from './pagefind.ts';
import { resultLink } from '../lib/search-state.ts';
import { queryTerms } from '../lib/search-fold.ts';
import { markTerms } from './mark-terms.ts';

/** Pagefind's excerpt as DOM: its text, with only its `<mark>` elements kept as elements. */
export function excerptNodes(excerpt: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = excerpt;
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/**
 * One result: headline linking to the article (which then highlights the query), date, unit, excerpt. A document
 * (`block` `search-document`) is shown the same way: its kind and number, day of issue, issuer, summary.
 */
export function resultItem(data: PagefindResultData, query: string, block = 'search-result'): HTMLLIElement {
  const item = element('li', block);
  const title = element('h2', `${block}__title`);
  const link = element('a', '', data.meta.title ?? data.url);
  link.href = resultLink(data.url, query);
  title.append(link);
  const meta = element('p', `${block}__meta`);
  meta.append(...[data.meta.date, data.meta.unit].filter(Boolean).flatMap((text, i) => (i ? [' · ', text!] : [text!])));
  const excerpt = element('p', `${block}__excerpt`);
  excerpt.append(...excerptNodes(data.excerpt));
  // Pagefind marks the words it matched in the text; "duc" matched "Đức" through the folded keywords, so mark those too.
  markTerms(excerpt, queryTerms(query), '');
  item.append(title, meta, excerpt);
  return item;
}

/** A fieldset of checkboxes, one per filter value with its count; names are the URL parameters. */
export function filterFieldset(
  legend: string,
  param: string,
  counts: Record<string, number>,
  chosen: readonly string[],
  compare: (a: string, b: string) => number,
): HTMLFieldSetElement {
  const fieldset = element('fieldset', 'search-filter');
  fieldset.append(element('legend', '', legend));
  const values = [...new Set([...Object.keys(counts), ...chosen])].sort(compare);
  values.forEach((value, i) => {
    const id = `${param}-${i}`;
    const input = element('input', '');
    input.type = 'checkbox';
    input.name = param;
    input.value = value;
    input.id = id;
    input.checked = chosen.includes(value);
    const label = element('label', '', `${value} (${counts[value] ?? 0})`);
    label.htmlFor = id;
    const row = element('div', 'search-filter__option');
    row.append(input, label);
    fieldset.append(row);
  });
  return fieldset;
}
