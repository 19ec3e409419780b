import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { backendOrigins, cmsConfig, isRequired, schemaShape, type DecapField } from '../../../src/cms/cms-config.ts';
import { articleSchema } from '../../../src/schemas/article.ts';
import { authorSchema, unitSchema } from '../../../src/schemas/unit.ts';
import { siteSchema } from '../../../src/schemas/site.ts';
import { site as sampleSite } from '../../../src/site.config.ts';

const site = siteSchema.parse(sampleSite);
const local = cmsConfig({ site, contentPath: 'content', proxyUrl: 'http://127.0.0.1:8099/api/v1' });
const collection = (name: string) => local.collections.find((c) => c.name === name)!;
const fieldsOf = (name: string) => collection(name).fields as DecapField[];
const listFields = (name: 'units' | 'authors') => {
  const file = (collection(name).files as { fields: DecapField[] }[])[0]!;
  return file.fields[0]!.fields as DecapField[];
};

/** Every key of `schema` has a field of the same name, required exactly when the schema requires it. */
function expectFieldsMatch(schema: z.ZodType, fields: DecapField[]) {
  const shape = schemaShape(schema);
  expect(fields.map((f) => f.name).filter((n) => n !== 'body')).toEqual(Object.keys(shape));
  for (const field of fields) {
    if (field.name === 'body') continue;
    expect({ name: field.name, required: field.required }).toEqual({ name: field.name, required: isRequired(shape[field.name]!) });
    expect(field.label).toMatch(/\p{L}/u);
  }
}

describe('the web editor configuration, generated from the schemas', () => {
  it('has a field for every frontmatter key, required as the schema says, and the body', () => {
    const fields = fieldsOf('articles');
    expectFieldsMatch(articleSchema(z.string()), fields);
    expect(fields.filter((f) => f.required).map((f) => f.name)).toEqual(['title', 'date', 'author', 'unit', 'lede', 'body']);
    expect(fields.at(-1)).toMatchObject({ name: 'body', widget: 'markdown', editor_components: ['image'] });
    // Every field is labelled and explained in Vietnamese.
    for (const field of fields) expect(field.hint).toMatch(/[ăâđêôơưáàảãạ]/u);
  });

  it('edits units and authors as the lists of their files, every key of their schemas present', () => {
    expectFieldsMatch(unitSchema, listFields('units'));
    expectFieldsMatch(authorSchema, listFields('authors'));
    expect(collection('units').files).toMatchObject([{ file: 'content/units.yaml' }]);
    expect(collection('authors').files).toMatchObject([{ file: 'content/authors.yaml' }]);
  });

  it('picks unit, authors and a parent unit from the registries by name, storing their ids', () => {
    const byName = (fields: DecapField[], name: string) => fields.find((f) => f.name === name)!;
    expect(byName(fieldsOf('articles'), 'unit')).toMatchObject({ widget: 'relation', collection: 'units', file: 'units', value_field: 'units.*.id', display_fields: ['units.*.name'] });
    expect(byName(fieldsOf('articles'), 'author')).toMatchObject({ widget: 'relation', collection: 'authors', value_field: 'authors.*.id', display_fields: ['authors.*.name'], multiple: true, min: 1 });
    expect(byName(listFields('units'), 'parent')).toMatchObject({ widget: 'relation', value_field: 'units.*.id', required: false });
  });

  it('ids must be what the id schema accepts', () => {
    const pattern = new RegExp((listFields('authors').find((f) => f.name === 'id')!.pattern as string[])[0]!);
    for (const id of ['nhat-thy', 'van-phong-chinh-phu', 'a1']) expect(pattern.test(id)).toBe(true);
    for (const id of ['Nhat-Thy', 'nhật-thy', 'a--b', '-a']) expect(pattern.test(id)).toBe(false);
    const idSchema = unitSchema.shape.id;
    for (const id of ['nhat-thy', 'Nhat-Thy', 'a--b']) expect(idSchema.safeParse(id).success).toBe(pattern.test(id));
  });

  it('names files as npm run new does and puts photos beside the article', () => {
    expect(collection('articles')).toMatchObject({
      folder: 'content/articles',
      extension: 'md',
      path: '{{fileyear}}/{{slug}}',
      slug: '{{fileslug}}',
      media_folder: 'anh',
      public_folder: './anh',
      create: true,
    });
    expect(fieldsOf('articles').find((f) => f.name === 'date')).toMatchObject({ widget: 'bantin-date', time: true, default: '{{now}}' });
  });

  it('refuses images without alt text in the body', () => {
    const pattern = new RegExp((fieldsOf('articles').at(-1)!.pattern as string[])[0]!);
    expect(pattern.test('Đoạn.\n\n![Toàn cảnh](./anh/a.jpg "Chú thích")')).toBe(true);
    expect(pattern.test('Đoạn.\n\n![](./anh/a.jpg "Chú thích")')).toBe(false);
    expect(pattern.test('![ ](./anh/a.jpg)')).toBe(false);
  });

  it('uses the local backend for npm run cms, without review; the git host with the editorial workflow in production', () => {
    expect(local).toMatchObject({ locale: 'vi', backend: { name: 'proxy', proxy_url: 'http://127.0.0.1:8099/api/v1' } });
    expect(local.publish_mode).toBeUndefined();
    const gitlab = siteSchema.parse({ ...sampleSite, cms: { backend: 'gitlab', repo: 'vpcp/bantin', hostUrl: 'https://git.example.vn', appId: 'abc123' } });
    const production = cmsConfig({ site: gitlab, contentPath: 'content' });
    expect(production).toMatchObject({
      publish_mode: 'editorial_workflow',
      backend: { name: 'gitlab', repo: 'vpcp/bantin', branch: 'main', auth_type: 'pkce', app_id: 'abc123', base_url: 'https://git.example.vn', api_root: 'https://git.example.vn/api/v4' },
    });
    expect(backendOrigins({ site: gitlab })).toEqual(['https://git.example.vn']);
    const github = siteSchema.parse({ ...sampleSite, cms: { backend: 'github', repo: 'vpcp/bantin', authUrl: 'https://oauth.example.vn' } });
    expect(cmsConfig({ site: github, contentPath: 'content' }).backend).toMatchObject({ name: 'github', base_url: 'https://oauth.example.vn' });
    expect(backendOrigins({ site: github })).toEqual(['https://api.github.com', 'https://oauth.example.vn']);
    expect(() => cmsConfig({ site, contentPath: 'content' })).toThrow();
  });

  it('says in Vietnamese what a git host needs', () => {
    const problems = (cms: unknown) => siteSchema.safeParse({ ...sampleSite, cms }).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(problems({ backend: 'gitlab', repo: 'vpcp/bantin' })).toEqual(['cms.appId: gitlab cần appId: mã ứng dụng OAuth tạo trên gitlab cho trang biên tập']);
    expect(problems({ backend: 'github', repo: 'bantin' })).toEqual([
      'cms.repo: phải là tên kho dạng chủ-sở-hữu/tên-kho, ví dụ vpcp/bantin',
      'cms.authUrl: github cần authUrl: địa chỉ máy chủ OAuth để biên tập viên đăng nhập bằng GitHub',
    ]);
  });
});

describe('the editions collection of the web editor', () => {
  it('has a field for every key of the edition schema, articles picked by title from the articles and stored as ids', async () => {
    const { editionSchema } = await import('../../../src/schemas/edition.ts');
    const fields = fieldsOf('editions');
    expectFieldsMatch(editionSchema(z.string()), fields);
    expect(collection('editions')).toMatchObject({ folder: 'content/editions', slug: '{{number}}', format: 'bantin-edition', create: true });
    const sections = fields.find((f) => f.name === 'sections')!;
    const articles = (sections.fields as DecapField[]).find((f) => f.name === 'articles')!;
    expect(articles).toMatchObject({ widget: 'relation', collection: 'articles', value_field: '{{slug}}', search_fields: ['title'], display_fields: ['title'], multiple: true });
    expect(fields.find((f) => f.name === 'number')).toMatchObject({ widget: 'number', value_type: 'int', required: true });
    expect(fields.filter((f) => f.required).map((f) => f.name)).toEqual(['number', 'date', 'sections', 'printRun', 'printer']);
  });
});

describe('documents and standing pages in the web editor', () => {
  it('have a field for every key of their schemas, required as the schemas say', async () => {
    const { documentSchema } = await import('../../../src/schemas/document.ts');
    const { pageSchema } = await import('../../../src/schemas/page.ts');
    expectFieldsMatch(documentSchema, fieldsOf('documents'));
    expectFieldsMatch(pageSchema, fieldsOf('pages'));
    expect(fieldsOf('documents').filter((f) => f.required).map((f) => f.name)).toEqual(['number', 'kind', 'issuer', 'issued', 'summary']);
    expect(fieldsOf('documents').find((f) => f.name === 'number')).toMatchObject({ widget: 'bantin-document-number' });
    expect(fieldsOf('documents').find((f) => f.name === 'kind')!.options).toContain('Chỉ thị');
    expect(collection('documents')).toMatchObject({ folder: 'content/documents', format: 'bantin-document', slug: '{{fileslug}}', create: true });
    expect(collection('pages')).toMatchObject({ folder: 'content/pages', format: 'bantin-page', slug: '{{fileslug}}', create: true });
  });

  it('lists every collection newest first, and types every date as the site shows it', () => {
    const defaultSort = (name: string) => (collection(name).sortable_fields as (string | { field: string; default_sort?: string })[]).find((f) => typeof f === 'object' && f.default_sort);
    expect(defaultSort('articles')).toEqual({ field: 'date', default_sort: 'desc' });
    expect(defaultSort('editions')).toEqual({ field: 'date', default_sort: 'desc' });
    expect(defaultSort('documents')).toEqual({ field: 'issued', default_sort: 'desc' });
    const dates = (name: string) => fieldsOf(name).filter((f) => ['date', 'updated', 'issued', 'effective'].includes(f.name));
    for (const name of ['articles', 'editions', 'documents', 'pages']) {
      for (const field of dates(name)) expect({ name, field: field.name, widget: field.widget }).toEqual({ name, field: field.name, widget: 'bantin-date' });
    }
    expect(JSON.stringify(local)).not.toContain('"datetime"');
  });
});

describe('the required-fields notice', () => {
  it('reads the label back from a field’s own message, and names the fields', async () => {
    const { decapViAdditions, missingFieldsMessage, requiredFieldLabel } = await import('../../../src/i18n/cms-locale.ts');
    const required = decapViAdditions.editor.editorControlPane.widget.required;
    expect(requiredFieldLabel(required.replace('%{fieldLabel}', 'Ngày giờ đăng'))).toBe('Ngày giờ đăng');
    expect(requiredFieldLabel('Số ký hiệu: "12/CT-UBND": …')).toBeUndefined();
    expect(missingFieldsMessage(['Tiêu đề', 'Sa pô'])).toBe('Chưa lưu được: chưa điền Tiêu đề, Sa pô.');
  });
});
