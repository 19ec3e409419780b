/**
 * What the web editor's configuration is built from: Decap fields generated from bantin's zod schemas, one per key,
 * and the names the admin script registers its own formats and widgets under (src/client/cms/admin.ts).
 */
import { z } from 'astro/zod';

export type DecapField = Record<string, unknown> & { name: string; label: string; widget: string };
export type DecapConfig = Record<string, unknown> & { backend: Record<string, unknown>; collections: Record<string, unknown>[] };

/** Names of Decap's custom formats, registered by the admin script (src/client/cms/admin.ts). */
export const FORMATS = { article: 'bantin-article', units: 'bantin-units', authors: 'bantin-authors', edition: 'bantin-edition', document: 'bantin-document', page: 'bantin-page' } as const;

/**
 * Data the admin script sets before saving a new article (src/cms/cms-files.ts): the year and ASCII slug of
 * its file, `npm run new`'s rule. Decap lowercases the `path` template, hence lowercase names.
 */
export const PATH_FIELDS = { year: 'fileyear', slug: 'fileslug' } as const;

/**
 * Data the admin script adds to an article as it reads it, for the list only (never written): its date as the
 * site shows it, in the site's time zone (Decap's `date` filter would show the browser's).
 */
export const LIST_FIELDS = { date: 'listdate' } as const;

/**
 * Names of the admin script's own widgets: dates typed and shown `31/12/2024 20:30` whatever the browser's language
 * (`time: false` for a day), and a document's number checked against its kind as it is typed.
 */
export const WIDGETS = { date: 'bantin-date', documentNumber: 'bantin-document-number' } as const;

export type Texts = Record<string, { label: string; hint: string }>;

/** The schema inside optional and default wrappers, and inside a preprocessing step (`z.preprocess`). */
function unwrap(schema: z.ZodType): z.ZodType {
  let inner = schema;
  for (;;) {
    if (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) inner = inner.unwrap() as z.ZodType;
    else if (inner instanceof z.ZodPipe && !(inner.out instanceof z.ZodTransform)) inner = inner.out as z.ZodType;
    else return inner;
  }
}

/** The keys of an object schema (possibly optional), in order. */
export function schemaShape(schema: z.ZodType): Record<string, z.ZodType> {
  const inner = unwrap(schema);
  if (!(inner instanceof z.ZodObject)) throw new Error('not an object schema');
  return inner.shape as Record<string, z.ZodType>;
}

/** A key the schema cannot do without (it neither accepts undefined nor has a default). */
export const isRequired = (schema: z.ZodType) => !schema.safeParse(undefined).success;

/**
 * One Decap field per key of `schema`, in the schema's order: `widgets` says how each is edited, `texts` how it is
 * labelled. Required follows the schema; `optionalInside` makes the fields of an optional object optional in the
 * form (Decap would otherwise demand them even when the whole object is left empty; the admin script checks the
 * saved file against the schema instead).
 */
export function fieldsOf(what: string, schema: z.ZodType, widgets: Record<string, Record<string, unknown>>, texts: Texts, optionalInside = false): DecapField[] {
  const shape = schemaShape(schema);
  const keys = Object.keys(shape);
  const unknown = Object.keys(widgets).filter((key) => !(key in shape));
  const missing = keys.filter((key) => !(key in widgets) || !(key in texts));
  if (unknown.length || missing.length) {
    throw new Error(`web editor fields of ${what} out of step with its schema: missing ${missing.join(', ') || '-'}, unknown ${unknown.join(', ') || '-'}`);
  }
  return keys.map((name) => {
    const { label, hint } = texts[name]!;
    const field = { name, label, widget: 'string', required: !optionalInside && isRequired(shape[name]!), ...widgets[name] } as DecapField;
    if (hint) field.hint = hint;
    return field;
  });
}

