/** The share pictures drawn at build time (src/data/share-cards.ts), each kept by Astro until its digest changes. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getShareCards, type ShareCard } from '@/data/share-cards.ts';
import { renderCard } from '@/pictures/render-card.ts';

export const getStaticPaths = (async () => {
  const { all } = await getShareCards();
  return all.map((card) => ({ params: { file: card.file }, props: { card }, cacheKey: card.digest }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) => {
  const png = await renderCard(props.card, await (await getShareCards()).frame());
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
