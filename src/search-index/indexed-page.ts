/**
 * What the search index holds of an article page: the `<meta>` tags that carry Pagefind's sort key, metadata and
 * filters, and the element marked `data-pagefind-body`. Pagefind is given exactly this small document, so a digest
 * of it says exactly what a shard indexes: styles, navigation or related-article lists can change without making a
 * shard stale, and no change to what is indexed goes unnoticed.
 */

export interface IndexedPage {
  /** site path of the page, e.g. `/bai-viet/2020/tap-trung/` */
  url: string;
  /** the document Pagefind indexes */
  document: string;
  /** publication instant (the `date` sort key) */
  date: Date;
  /** filter values by filter name (unit, author, year, tag) */
  filters: Record<string, string[]>;
}

const META = /<meta\b[^>]*\sdata-pagefind-(?:meta|filter|sort)="[^"]*"[^>]*>/g;
/** Astro's scoped-style markers: they change with a component's CSS, never with what is indexed. */
const SCOPE_ATTRIBUTE = /\sdata-astro-cid-[\w-]+(?:="[^"]*")?/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text of an HTML attribute value: character references decoded. */
export function decodeAttribute(value: string): string {
  return value.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

const attribute = (tag: string, name: string) => {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? decodeAttribute(match[1]!) : undefined;
};

/** The element carrying `data-pagefind-body`, start tag to matching end tag (nested elements of its kind counted). */
function bodyElement(html: string): string | undefined {
  const marker = html.search(/\sdata-pagefind-body[\s>=]/);
  if (marker < 0) return undefined;
  const start = html.lastIndexOf('<', marker);
  const name = /^<([a-z][\w-]*)/i.exec(html.slice(start))?.[1]?.toLowerCase();
  if (!name) return undefined;
  const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
  tags.lastIndex = start;
  let depth = 0;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) return html.slice(start, match.index + match[0].length);
  }
  return undefined;
}

/** Read an article page as built; throws if it has no `data-pagefind-body` or no date to sort by. */
export function indexedPage(url: string, html: string): IndexedPage {
  const body = bodyElement(html);
  if (!body) throw new Error(`${url}: no element with data-pagefind-body`);
  const metas = html.match(META) ?? [];
  const filters: Record<string, string[]> = {};
  let date: Date | undefined;
  for (const tag of metas) {
    const content = attribute(tag, 'content') ?? '';
    const filter = /^(\w+)\[content\]$/.exec(attribute(tag, 'data-pagefind-filter') ?? '')?.[1];
    if (filter) (filters[filter] ??= []).push(content);
    if (attribute(tag, 'data-pagefind-sort') === 'date[content]') date = new Date(content);
  }
  if (!date || Number.isNaN(date.getTime())) throw new Error(`${url}: no date[content] sort key`);
  const document = `<!doctype html><html lang="vi"><head>${metas.join('')}</head><body>${body}</body></html>`.replace(SCOPE_ATTRIBUTE, '');
  return { url, document, date, filters };
}
