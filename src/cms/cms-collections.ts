/**
 * The web editor's documents (văn bản) and standing pages, generated from their schemas as the articles are: one
 * field per key, required where the schema requires it, newest documents first. New files are named by the admin
 * script before saving: a document after its number, a page after its title.
 */
import { documentSchema } from '../schemas/document.ts';
import { pageSchema } from '../schemas/page.ts';
import { DOCUMENT_KINDS } from '../lib/document-kinds.ts';
import { cmsUi } from '../i18n/cms.ts';
import { FORMATS, PATH_FIELDS, WIDGETS, fieldsOf, schemaShape, type DecapField } from './cms-fields.ts';

type Collection = Record<string, unknown>;

const MARKDOWN = { modes: ['rich_text', 'raw'], buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'], editor_components: [] };

function documentFields(): DecapField[] {
  const shape = schemaShape(documentSchema);
  const day = { widget: WIDGETS.date };
  const files = (shape.files as unknown as { unwrap(): { element: never } }).unwrap().element;
  const frontmatter = fieldsOf('document', documentSchema, {
    number: { widget: WIDGETS.documentNumber },
    kind: { widget: 'select', options: DOCUMENT_KINDS.map((kind) => kind.name) },
    issuer: {},
    signer: {},
    issued: day,
    effective: day,
    summary: { widget: 'text' },
    files: {
      widget: 'list',
      collapsed: false,
      summary: '{{fields.src}}',
      // Attachments live beside the document: `./35-ct-tw.pdf`.
      fields: fieldsOf('files', files, { src: { widget: 'file', choose_url: false, media_folder: '', public_folder: '' }, title: {} }, cmsUi.documentFileFields),
    },
    status: { widget: 'select', options: [...cmsUi.documentStatuses] },
    replacedBy: { widget: 'relation', collection: 'documents', value_field: '{{slug}}', search_fields: ['number', 'summary'], display_fields: ['number', 'summary'], options_length: 50 },
    tags: { widget: 'list', allow_add: true },
  }, cmsUi.documentFields);
  return [...frontmatter, { name: 'body', ...cmsUi.documentFields.body, widget: 'markdown', required: false, ...MARKDOWN }];
}

export function documentsCollection(contentPath: string): Collection {
  return {
    name: 'documents',
    label: cmsUi.documents.label,
    label_singular: cmsUi.documents.singular,
    description: cmsUi.documents.description,
    folder: `${contentPath}/documents`,
    extension: 'md',
    format: FORMATS.document,
    create: true,
    slug: `{{${PATH_FIELDS.slug}}}`,
    identifier_field: 'number',
    media_folder: '',
    public_folder: '',
    summary: `${cmsUi.documents.summary} · {{issued | date('DD/MM/YYYY')}}`,
    sortable_fields: [{ field: 'issued', default_sort: 'desc' }, 'number'],
    fields: documentFields(),
  };
}

export function pagesCollection(contentPath: string): Collection {
  const fields = fieldsOf('page', pageSchema, { title: {}, description: { widget: 'text' }, updated: { widget: WIDGETS.date, time: true }, draft: { widget: 'boolean', default: false } }, cmsUi.pageFields);
  return {
    name: 'pages',
    label: cmsUi.pages.label,
    label_singular: cmsUi.pages.singular,
    description: cmsUi.pages.description,
    folder: `${contentPath}/pages`,
    extension: 'md',
    format: FORMATS.page,
    create: true,
    slug: `{{${PATH_FIELDS.slug}}}`,
    identifier_field: 'title',
    summary: '{{title}}',
    sortable_fields: [{ field: 'title', default_sort: 'asc' }, 'updated'],
    fields: [...fields, { name: 'body', ...cmsUi.pageFields.body, widget: 'markdown', required: true, ...MARKDOWN }],
  };
}
