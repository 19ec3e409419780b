import type { Fragment } from '../lib/search-manifest.ts';
import type { Query } from '../lib/search-query.ts';
import { excerpt } from '../lib/search-excerpt.ts';
import { resultLink } from '../lib/search-state.ts';
import { queryTerms } from '../lib/search-fold.ts';
import { markTerms } from './mark-terms.ts';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/**
 * One result: headline linking to the article under the site's base path (which then highlights the query), date,
 * unit, excerpt with the query's words marked. A document (`block` `search-document`) is shown the same way: its kind
 * and number, day of issue, issuer, summary.
 */
export function resultItem(fragment: Fragment, query: Query, base: string, block = 'search-result'): HTMLLIElement {
  const item = element('li', block);
  const title = element('h2', `${block}__title`);
  const link = element('a', '', fragment.t);
  link.href = resultLink(`${base.replace(/\/$/, '')}${fragment.u}`, query.text);
  title.append(link);
  const meta = element('p', `${block}__meta`);
  meta.append(...[fragment.d, fragment.n].filter(Boolean).flatMap((text, i) => (i ? [' · ', text] : [text])));
  const text = element('p', `${block}__excerpt`, excerpt(fragment, query));
  const terms = queryTerms(query.text);
  markTerms(text, terms, '');
  markTerms(link, terms, '');
  item.append(title, meta, text);
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
