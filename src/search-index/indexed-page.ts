/**
 * What the search index holds of a built page: the `<meta name="search:…">` tags in its head (sort date, filters,
 * what a result shows), and the text of the element marked `data-search-body`, in three fields: the title
 * (`data-search="title"`), the lede (`data-search="lede"`) and the body, block by block. Parts marked
 * `data-search-ignore` (breadcrumbs, byline, share links) are left out. Reading the page as built means search
 * indexes exactly what readers see, MDX and plugins included.
 */

export interface IndexedPage {
  /** site path of the page, e.g. `/bai-viet/2020/tap-trung/` */
  url: string;
  /** publication instant (an article's date, a document's day of issue) */
  date: Date;
  /** filter values by filter name (unit, author, year, tag; kind for documents) */
  filters: Record<string, string[]>;
  /** what a result shows beside the title: the dateline and the unit (or issuer) */
  dateline: string;
  unit: string;
  title: string;
  lede: string;
  /** the body's blocks: paragraphs, headings, captions, list items */
  body: string[];
  /** words a page is found by without showing them (a document's number in every form a reader types) */
  keywords: string[];
}

const META = /<meta\b[^>]*\sname="search:([\w-]+)"[^>]*>/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Text of HTML: character references decoded. */
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

/** Elements that end a block of text: a phrase never runs from one into the next. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'td', 'th', 'tr', 'ul', 'caption', 'details', 'summary',
]);
/** Elements whose text is not the page's: left out with everything inside them. */
const SKIPPED = new Set(['script', 'style', 'template', 'svg', 'noscript']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Inline elements that still separate words (a footnote mark must not run into the word before it). */
const SEPARATING = new Set(['sup', 'sub']);

interface Open {
  name: string;
  ignored: boolean;
  field: 'title' | 'lede' | undefined;
}

/** The fields of the `data-search-body` element that starts at `start` in `html`. */
function readFields(html: string, start: number): { title: string; lede: string; body: string[] } {
  const text = { title: [] as string[], lede: [] as string[] };
  const body: string[] = [];
  let block = '';
  const endBlock = () => {
    const squashed = block.replace(/\s+/g, ' ').trim();
    if (squashed) body.push(squashed);
    block = '';
  };
  const stack: Open[] = [];
  const tags = /<(\/?)([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<!--[\s\S]*?-->/g;
  tags.lastIndex = start;
  let last = start;
  const current = () => stack.at(-1);
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    const top = current();
    if (top && !top.ignored && match.index > last) {
      const piece = decodeAttribute(html.slice(last, match.index));
      if (top.field) text[top.field].push(piece);
      else block += piece;
    }
    last = match.index + match[0].length;
    if (!match[2]) continue; // a comment
    const name = match[2].toLowerCase();
    if (match[1]) {
      // An end tag closes the innermost open element of its name.
      const at = stack.map((open) => open.name).lastIndexOf(name);
      if (at < 0) continue;
      stack.length = at;
      if (at === 0) break;
    } else {
      if (SKIPPED.has(name)) {
        const close = html.indexOf(`</${name}`, last);
        last = close < 0 ? html.length : close;
        tags.lastIndex = last;
        continue;
      }
      const attributes = match[3] ?? '';
      if (!VOID.has(name) && !attributes.trimEnd().endsWith('/')) {
        const field = /\sdata-search="(title|lede)"/.exec(attributes)?.[1] as Open['field'];
        stack.push({ name, ignored: Boolean(top?.ignored) || /\sdata-search-ignore[\s>=/]|\sdata-search-ignore$/.test(attributes), field: field ?? top?.field });
      }
    }
    if (BLOCKS.has(name)) endBlock();
    else if (SEPARATING.has(name)) {
      const field = current()?.field;
      if (field) text[field].push(' ');
      else block += ' ';
    }
  }
  endBlock();
  const join = (parts: string[]) => parts.join('').replace(/\s+/g, ' ').trim();
  return { title: join(text.title), lede: join(text.lede), body };
}

/** Read a built page; throws if it has no `data-search-body` element or no date. */
export function indexedPage(url: string, html: string): IndexedPage {
  const marker = html.search(/\sdata-search-body[\s>=]/);
  if (marker < 0) throw new Error(`${url}: no element with data-search-body`);
  const metas: Record<string, string[]> = {};
  for (const [tag, name] of html.matchAll(META)) (metas[name!] ??= []).push(attribute(tag, 'content') ?? '');
  const date = new Date(metas.date?.[0] ?? '');
  if (Number.isNaN(date.getTime())) throw new Error(`${url}: no search:date`);
  const filters: Record<string, string[]> = {};
  for (const name of ['unit', 'author', 'year', 'tag', 'kind']) if (metas[name]) filters[name] = metas[name]!;
  const fields = readFields(html, html.lastIndexOf('<', marker));
  return {
    url,
    date,
    filters,
    dateline: metas.dateline?.[0] ?? '',
    unit: metas['unit-name']?.[0] ?? '',
    ...fields,
    keywords: (metas.keywords?.[0] ?? '').split(' ').filter(Boolean),
  };
}
