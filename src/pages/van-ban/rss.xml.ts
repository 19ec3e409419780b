import type { APIRoute } from 'astro';
import { getDocuments } from '@/data/documents.ts';
import { feedResponse } from '@/data/feeds.ts';
import { site } from '@/data/site.ts';
import { ui } from '@/i18n/vi.ts';

/** New documents, by day of issue: the kind and number as the title, the summary as the description. */
export const GET: APIRoute = async () => {
  const { all } = await getDocuments();
  return feedResponse(
    `${ui.documentsFeed} — ${site.name}`,
    ui.documentsIntro,
    all.map((document) => ({
      title: `${document.title}: ${document.summary}`,
      url: document.url,
      lede: document.summary,
      date: document.issuedAt,
      authorNames: [document.issuer.name],
      unitName: document.kind,
      tags: document.tags,
    })),
  );
};
