import type { Loader, LoaderContext } from 'astro/loaders';
import { citationFinder } from '../lib/citations.ts';
import { sitePaths } from '../lib/paths.ts';
import { refreshCitableDocuments } from '../content-files/citable-documents.ts';

/** The key under an entry's data where the ids of the documents it cites are kept. Not a frontmatter field. */
export const CITES = '$cites';

/** The ids of the documents an article cites (links to their pages), as its loader stored them. */
export function citedDocumentIds(data: object): string[] {
  return (data as { [CITES]?: string[] })[CITES] ?? [];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Links to a document's page in rendered HTML, whether the Markdown plugin or the editor wrote them. */
const DOCUMENT_LINK = new RegExp(`href="[^"]*?${escape(sitePaths('/').document('\u0000')).replace('\u0000', '([a-z0-9]+(?:-[a-z0-9]+)*)')}(?:#[^"]*)?"`, 'g');

/**
 * Wrap the articles' loader so each article is stored with the documents it cites, read from its rendered HTML
 * (or, for MDX, which is rendered later, from its text). The Markdown pipeline turns citations into links with the
 * documents as they were when the content sync began: if those changed since the last sync (a document added,
 * removed or renumbered), every article is rendered again, since any of them may cite it.
 */
export function withCitations(loader: Loader): Loader {
  return {
    ...loader,
    name: `${loader.name}+citations`,
    load: (context: LoaderContext) => {
      const documents = refreshCitableDocuments();
      if (context.meta.get('citable-documents') !== documents.digest) {
        context.store.clear();
        context.meta.set('citable-documents', documents.digest);
      }
      const find = citationFinder(documents.documents);
      const store = context.store;
      const citing: typeof store = Object.create(store, {
        set: {
          value: (entry: Parameters<typeof store.set>[0]) => {
            const html = entry.rendered?.html;
            const ids = html ? [...html.matchAll(DOCUMENT_LINK)].map((match) => match[1]!) : find(entry.body ?? '').map((citation) => citation.id);
            return store.set({ ...entry, data: { ...entry.data, [CITES]: [...new Set(ids)] } });
          },
        },
      });
      return loader.load({ ...context, store: citing });
    },
  };
}
