import type { Loader, LoaderContext } from 'astro/loaders';
import { summariseBody, type BodySummary } from '../lib/body-summary.ts';

/** The key under an entry's data where its body summary is kept. Not a frontmatter field: the schema rejects it. */
export const BODY_SUMMARY = '$body';

/** The summary the loader stored with an article (absent only for an entry written by another loader). */
export function bodySummaryOf(data: object): BodySummary | undefined {
  return (data as { [BODY_SUMMARY]?: BodySummary })[BODY_SUMMARY];
}

/**
 * Wrap any loader (here Astro's glob) so that each entry is stored with a summary of its body instead of the body:
 * rendering uses the HTML Astro rendered while loading (or, for MDX, the file itself), never the raw body.
 * An unchanged file is skipped by glob() and keeps the summary stored with it.
 */
export function withBodySummary(loader: Loader): Loader {
  return {
    ...loader,
    name: `${loader.name}+summary`,
    load: (context: LoaderContext) => {
      const store = context.store;
      const summarising: typeof store = Object.create(store, {
        set: {
          value: ({ body, ...entry }: Parameters<typeof store.set>[0]) =>
            store.set({ ...entry, data: { ...entry.data, [BODY_SUMMARY]: summariseBody(body ?? '') } }),
        },
      });
      return loader.load({ ...context, store: summarising });
    },
  };
}
