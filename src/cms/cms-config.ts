/**
 * The web editor's (Decap CMS) configuration, generated from bantin's content model: one field per key of the
 * article, edition, unit and author schemas (src/schemas/; documents and standing pages in cms-collections.ts),
 * required where the schema requires it, labelled in Vietnamese (src/i18n/cms.ts). A key added to a schema without
 * a field here stops the generation, so the two cannot drift.
 */
import { z } from 'astro/zod';
import { articleSchema } from '../schemas/article.ts';
import { authorSchema, unitSchema } from '../schemas/unit.ts';
import { editionSchema } from '../schemas/edition.ts';
import type { SiteConfig } from '../schemas/site.ts';
import type { CmsSettings } from '../schemas/cms.ts';
import { cmsUi } from '../i18n/cms.ts';
import { documentsCollection, pagesCollection } from './cms-collections.ts';
import { FORMATS, LIST_FIELDS, PATH_FIELDS, WIDGETS, fieldsOf, schemaShape, type DecapConfig, type DecapField } from './cms-fields.ts';

export { FORMATS, PATH_FIELDS, isRequired, schemaShape, type DecapConfig, type DecapField } from './cms-fields.ts';

/** Photos go beside the article, in `anh/` of its year's folder, and are written `./anh/x.jpg`. */
export const PHOTO_FOLDER = { media: 'anh', public: './anh' } as const;

const ID_PATTERN = ['^[a-z0-9]+(?:-[a-z0-9]+)*$', cmsUi.idPattern] as const;
/** A body whose images all have alt text: no `![](` nor `![ ](`. */
const ALT_PATTERN = ['^(?![\\s\\S]*!\\[\\s*\\]\\()', cmsUi.photoWithoutAlt] as const;

export interface CmsConfigOptions {
  site: SiteConfig;
  /** The content folder relative to the repository's root, `/`-separated: `content` */
  contentPath: string;
  /** `npm run cms`: the address of the local backend (decap-server); otherwise the git host of `site.cms` */
  proxyUrl?: string | undefined;
}

const relation = (kind: 'units' | 'authors', extra: Record<string, unknown> = {}) => ({
  widget: 'relation',
  collection: kind,
  file: kind,
  value_field: `${kind}.*.id`,
  search_fields: [`${kind}.*.name`, `${kind}.*.id`],
  display_fields: [`${kind}.*.name`],
  options_length: 500,
  ...extra,
});

function articleFields(): DecapField[] {
  const schema = articleSchema(z.string());
  const shape = schemaShape(schema);
  const datetime = { widget: WIDGETS.date, time: true };
  const url = { pattern: ['^https?://', cmsUi.urlPattern] };
  const photo = { widget: 'image', choose_url: false, media_folder: PHOTO_FOLDER.media, public_folder: PHOTO_FOLDER.public };
  const frontmatter = fieldsOf('article', schema, {
    title: {},
    date: { ...datetime, default: '{{now}}' },
    updated: datetime,
    author: relation('authors', { multiple: true, min: 1 }),
    unit: relation('units'),
    lede: { widget: 'text' },
    location: {},
    source: { widget: 'object', collapsed: true, fields: fieldsOf('source', shape.source!, { name: {}, url }, cmsUi.sourceFields, true) },
    cover: { widget: 'object', collapsed: true, fields: fieldsOf('cover', shape.cover!, { src: photo, alt: {}, credit: {} }, cmsUi.coverFields, true) },
    tags: { widget: 'list', allow_add: true },
    draft: { widget: 'boolean', default: false },
  }, cmsUi.articleFields);
  const body: DecapField = {
    name: 'body',
    ...cmsUi.articleFields.body,
    widget: 'markdown',
    required: true,
    modes: ['rich_text', 'raw'],
    buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
    editor_components: ['image'],
    pattern: [...ALT_PATTERN],
  };
  return [...frontmatter, body];
}

/** An edition's fields: its articles picked from the articles collection by title, stored as their ids. */
function editionFields(): DecapField[] {
  const schema = editionSchema(z.string());
  const shape = schemaShape(schema);
  const whole = { widget: 'number', value_type: 'int', min: 1 };
  const articles = {
    widget: 'relation',
    collection: 'articles',
    // An article's id is its path under the folder, `2021/hoi-nghi`: Decap's slug of a path-named entry.
    value_field: '{{slug}}',
    search_fields: ['title'],
    display_fields: ['title'],
    multiple: true,
    min: 1,
    options_length: 50,
  };
  const frontmatter = fieldsOf('edition', schema, {
    number: whole,
    date: { widget: WIDGETS.date },
    period: {},
    sections: {
      widget: 'list',
      collapsed: false,
      summary: '{{fields.title}}',
      fields: fieldsOf('sections', (shape.sections as unknown as z.ZodArray<z.ZodType>).element, { title: {}, articles }, cmsUi.editionSectionFields),
    },
    printRun: whole,
    printer: {},
    cover: { widget: 'object', collapsed: true, fields: fieldsOf('cover', shape.cover!, { src: { widget: 'image', choose_url: false, media_folder: EDITION_COVER_FOLDER.media, public_folder: EDITION_COVER_FOLDER.public }, alt: {}, credit: {} }, cmsUi.coverFields, true) },
    draft: { widget: 'boolean', default: false },
  }, cmsUi.editionFields);
  return [...frontmatter, { name: 'body', ...cmsUi.editionFields.body, widget: 'markdown', required: false, modes: ['rich_text', 'raw'], buttons: ['bold', 'italic', 'link', 'bulleted-list'], editor_components: [] }];
}

/** An edition's cover photo goes beside it, in `bia/`. */
export const EDITION_COVER_FOLDER = { media: 'bia', public: './bia' } as const;

function registryCollection(kind: 'units' | 'authors', contentPath: string, fields: DecapField[]): Record<string, unknown> & { files: Record<string, unknown>[] } {
  const ui = cmsUi[kind];
  return {
    name: kind,
    label: ui.label,
    format: FORMATS[kind],
    files: [
      {
        name: kind,
        label: ui.file,
        file: `${contentPath}/${kind}.yaml`,
        fields: [{ name: kind, label: ui.label, label_singular: ui.item, widget: 'list', summary: cmsUi.summary[kind === 'units' ? 'unit' : 'author'], collapsed: true, fields }],
      },
    ],
  };
}

/** The production git host as Decap's `backend`. */
export function productionBackend(cms: CmsSettings): Record<string, unknown> {
  const host = cms.hostUrl?.replace(/\/+$/, '');
  const common = { repo: cms.repo, branch: cms.branch, squash_merges: true, commit_messages: COMMIT_MESSAGES };
  switch (cms.backend) {
    case 'github':
      return { name: 'github', ...common, base_url: cms.authUrl, ...(host ? { api_root: `${host}/api/v3` } : {}) };
    case 'gitlab':
      return { name: 'gitlab', ...common, auth_type: 'pkce', app_id: cms.appId, base_url: host ?? 'https://gitlab.com', api_root: `${host ?? 'https://gitlab.com'}/api/v4`, auth_endpoint: 'oauth/authorize' };
    case 'gitea':
      return { name: 'gitea', ...common, app_id: cms.appId, base_url: host, api_root: `${host}/api/v1` };
  }
}

/** Origins the editor's browser talks to besides the site itself: the git host's API (or the local backend). */
export function backendOrigins(options: Pick<CmsConfigOptions, 'site' | 'proxyUrl'>): string[] {
  if (options.proxyUrl) return [new URL(options.proxyUrl).origin];
  const cms = options.site.cms;
  if (!cms) return [];
  const backend = productionBackend(cms);
  const origins = [backend.api_root ?? 'https://api.github.com', backend.base_url].filter((url): url is string => typeof url === 'string');
  return [...new Set(origins.map((url) => new URL(url).origin))];
}

/** Commit messages in Vietnamese: they are what the repository's history says. */
const COMMIT_MESSAGES = {
  create: 'Tạo {{collection}} “{{slug}}”',
  update: 'Sửa {{collection}} “{{slug}}”',
  delete: 'Xóa {{collection}} “{{slug}}”',
  uploadMedia: 'Tải lên “{{path}}”',
  deleteMedia: 'Xóa “{{path}}”',
};

/** The whole Decap configuration, passed to `CMS.init({ config })` (no config.yml is read). */
export function cmsConfig(options: CmsConfigOptions): DecapConfig {
  const { site, contentPath, proxyUrl } = options;
  if (!proxyUrl && !site.cms) throw new Error('the web editor needs site.cms or a local backend');
  const articles = `${contentPath}/articles`;
  return {
    load_config_file: false,
    locale: 'vi',
    backend: proxyUrl ? { name: 'proxy', proxy_url: proxyUrl, branch: site.cms?.branch ?? 'main' } : productionBackend(site.cms!),
    // biên tập → duyệt: Decap's drafts, "waiting for review" and "ready" (a merge request per article).
    // The local backend in its default mode saves straight to the files, without review.
    ...(proxyUrl ? {} : { publish_mode: 'editorial_workflow' }),
    site_url: site.url,
    display_url: site.url,
    logo_url: site.logo,
    // Photos live beside articles (each collection says where); Decap still wants a folder of its own.
    media_folder: articles,
    public_folder: PHOTO_FOLDER.public,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      {
        name: 'articles',
        label: cmsUi.articles.label,
        label_singular: cmsUi.articles.singular,
        description: cmsUi.articles.description,
        folder: articles,
        extension: 'md',
        format: FORMATS.article,
        create: true,
        path: `{{${PATH_FIELDS.year}}}/{{slug}}`,
        slug: `{{${PATH_FIELDS.slug}}}`,
        identifier_field: 'title',
        media_folder: PHOTO_FOLDER.media,
        public_folder: PHOTO_FOLDER.public,
        summary: `{{title}} · {{${LIST_FIELDS.date}}}`,
        sortable_fields: [{ field: 'date', default_sort: 'desc' }, 'title'],
        view_filters: [{ label: cmsUi.articleFields.draft.label, field: 'draft', pattern: true }],
        view_groups: [{ label: 'Năm', field: 'date', pattern: '\\d{4}' }],
        fields: articleFields(),
      },
      {
        name: 'editions',
        label: cmsUi.editions.label,
        label_singular: cmsUi.editions.singular,
        description: cmsUi.editions.description,
        folder: `${contentPath}/editions`,
        extension: 'md',
        format: FORMATS.edition,
        create: true,
        // The file is named after the number: content/editions/12.md is /so/12/.
        slug: '{{number}}',
        identifier_field: 'number',
        media_folder: EDITION_COVER_FOLDER.media,
        public_folder: EDITION_COVER_FOLDER.public,
        summary: cmsUi.editions.summary,
        sortable_fields: ['number', { field: 'date', default_sort: 'desc' }],
        fields: editionFields(),
      },
      documentsCollection(contentPath),
      pagesCollection(contentPath),
      registryCollection('units', contentPath, [
        ...fieldsOf('unit', unitSchema, {
          id: { pattern: [...ID_PATTERN] },
          name: {},
          shortName: {},
          parent: relation('units', { required: false }),
          description: { widget: 'text' },
          aliases: { widget: 'list' },
        }, cmsUi.unitFields),
      ]),
      registryCollection('authors', contentPath, [...fieldsOf('author', authorSchema, { id: { pattern: [...ID_PATTERN] }, name: {}, role: {} }, cmsUi.authorFields)]),
    ],
  };
}
