/**
 * The article as its page shows it, with the site's own styles (registered as the preview's stylesheet): unit,
 * headline, byline, lede, cover, body with its captioned photos, source and topics. Names of the unit and authors
 * come from the registry files, read once through Decap.
 */
import { formatDateTimeVi, parseInstant } from '../../lib/dates.ts';
import { ui } from '../../i18n/vi.ts';
import type { CreateElement, ImmutableMap } from './decap.ts';

type Names = Record<string, string>;

interface PreviewProps {
  entry: ImmutableMap;
  widgetFor(name: string): unknown;
  getAsset(path: string): unknown;
  getCollection(collection: string, slug: string): Promise<ImmutableMap>;
}

/** `{ id: name }` of a registry file's data as Decap returns it. */
function namesOf(entry: ImmutableMap | undefined, kind: string): Names {
  const data = entry?.get('data') as ImmutableMap | Record<string, unknown> | undefined;
  const plain = data && 'toJS' in data && typeof data.toJS === 'function' ? data.toJS() : (data as Record<string, unknown> | undefined);
  const list = plain?.[kind];
  if (!Array.isArray(list)) return {};
  return Object.fromEntries(list.map((item: { id?: string; name?: string }) => [item.id ?? '', item.name ?? item.id ?? '']));
}

const plain = (value: unknown): unknown => (value && typeof value === 'object' && 'toJS' in value ? (value as ImmutableMap).toJS() : value);
const str = (value: unknown) => (typeof value === 'string' ? value : '');

export function articlePreview(h: CreateElement, createClass: (spec: Record<string, unknown>) => unknown, timeZone: string) {
  return createClass({
    getInitialState: () => ({ units: {}, authors: {} }),
    componentDidMount(this: { props: PreviewProps; setState(state: object): void }) {
      for (const kind of ['units', 'authors'] as const) {
        this.props
          .getCollection(kind, kind)
          .then((entry) => this.setState({ [kind]: namesOf(entry, kind) }))
          .catch(() => undefined);
      }
    },
    render(this: { props: PreviewProps; state: { units: Names; authors: Names } }) {
      const { entry, widgetFor, getAsset } = this.props;
      const data = (entry.get('data') as ImmutableMap).toJS();
      const unitId = str(data.unit);
      const unit = this.state.units[unitId] ?? unitId;
      const authorIds = ([] as unknown[]).concat(plain(data.author) ?? []).map(str);
      const authors = authorIds.map((id) => this.state.authors[id] ?? id).join(', ');
      const date = parseInstant(str(data.date));
      const cover = plain(data.cover) as { src?: string; alt?: string; credit?: string } | undefined;
      const source = plain(data.source) as { name?: string; url?: string } | undefined;
      const tags = (plain(data.tags) as string[] | undefined) ?? [];
      return h(
        'main',
        null,
        h(
          'article',
          { className: 'article' },
          h(
            'header',
            { className: 'article__header' },
            unit && h('p', { className: 'article__kicker' }, h('a', { href: '#' }, unit)),
            h('h1', { className: 'article__title' }, str(data.title)),
            data.draft === true && h('p', { className: 'badge' }, ui.states.draft),
            h(
              'div',
              { className: 'byline' },
              h('p', { className: 'byline__authors' }, `${ui.by}: ${authors}`, unit && ' · ', unit),
              h(
                'p',
                { className: 'byline__meta' },
                data.location ? h('span', { className: 'byline__location' }, str(data.location)) : null,
                date.ok ? h('time', null, formatDateTimeVi(date.date, timeZone)) : null,
              ),
            ),
            h('p', { className: 'article__lede' }, str(data.lede)),
          ),
          cover?.src &&
            h(
              'figure',
              { className: 'article__cover' },
              h('img', { src: String(getAsset(cover.src) ?? ''), alt: cover.alt ?? '' }),
              cover.credit && h('figcaption', null, h('span', { className: 'credit' }, `${ui.photo}: ${cover.credit}`)),
            ),
          h('div', { className: 'prose' }, widgetFor('body')),
          (source?.name || tags.length > 0) &&
            h(
              'footer',
              { className: 'article__footer' },
              source?.name && h('p', { className: 'article__source' }, `${ui.source}: `, source.url ? h('a', { href: source.url }, source.name) : source.name),
              tags.length > 0 && h('p', { className: 'article__tags' }, h('span', null, `${ui.tags}:`), ...tags.map((tag) => h('a', { className: 'tag', href: '#', key: tag }, tag))),
            ),
        ),
      );
    },
  });
}
