/**
 * The documents articles can cite, read straight from `content/documents/` (Node only): the Markdown pipeline
 * needs them while the content layer renders articles, before any collection can be asked. Each file's frontmatter
 * is read for its kind and number alone, as the content check reads it; a file it cannot read is simply not citable.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findKind } from '../lib/document-kinds.ts';
import { documentId } from '../lib/document-id.ts';
import { tidyNumber } from '../lib/document-number.ts';
import type { CitableDocument } from '../lib/citations.ts';
import { contentDir } from '../node/project-dirs.ts';
import { digest } from '../node/digest.ts';
import { readFrontmatter } from './frontmatter.ts';

export interface CitableDocuments {
  documents: CitableDocument[];
  /** changes whenever a citation would link differently: a document added, removed, renumbered, renamed */
  digest: string;
}

export function readCitableDocuments(root: string = contentDir()): CitableDocuments {
  const dir = join(root, 'documents');
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.toLowerCase().endsWith('.md'));
  } catch {
    names = [];
  }
  const documents: CitableDocument[] = [];
  for (const name of names.sort()) {
    const read = readFrontmatter(name, readFileSync(join(dir, name)));
    const data = read.ok ? read.value.data : undefined;
    const kind = typeof data?.['kind'] === 'string' ? findKind(data['kind']) : undefined;
    if (!kind || typeof data?.['number'] !== 'string') continue;
    documents.push({ id: documentId(name), kind: kind.name, number: tidyNumber(data['number']) });
  }
  return { documents, digest: digest(documents) };
}

/**
 * Shared by the Markdown plugin and the articles' loader, which Astro loads as separate module instances (the
 * config and the content config): the same read is kept on `globalThis` for the length of a content sync.
 */
const SHARED = Symbol.for('bantin.citableDocuments');
type Shared = { [SHARED]?: CitableDocuments };

/** Read the documents again: the articles' loader calls it as each content sync starts. */
export function refreshCitableDocuments(root?: string): CitableDocuments {
  return ((globalThis as Shared)[SHARED] = readCitableDocuments(root));
}

/** The documents as last read (read now if they never were). */
export function citableDocuments(): CitableDocuments {
  return (globalThis as Shared)[SHARED] ?? refreshCitableDocuments();
}
