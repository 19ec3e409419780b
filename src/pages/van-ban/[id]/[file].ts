/** A document's attachments, published beside its page under ASCII names: `/van-ban/35-ct-tw/toan-van.pdf`. */
import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDocuments, type Attachment } from '@/data/documents.ts';
import { digest } from '@/node/digest.ts';

export const getStaticPaths = (async () => {
  const { all } = await getDocuments();
  return Promise.all(
    all.flatMap((document) =>
      document.files.map(async (file) => ({
        params: { id: document.id, file: file.name },
        props: { file },
        cacheKey: digest(await readFile(file.source, 'base64')),
      })),
    ),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: Attachment }> = async ({ props }) => new Response(await readFile(props.file.source));
