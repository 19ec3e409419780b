import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSiteOrThrow } from '../support/build-site.ts';
import { readPage, text } from '../support/dist.ts';
import { projectRoot, tmpRoot } from '../support/paths.ts';

const root = join(tmpRoot, 'documents');
const content = join(root, 'content');
const dist = join(root, 'dist');
const cacheDir = join(root, 'cache');

const front = (fields: Record<string, string>) => `---\n${Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n`;
const ARTICLE = front({ title: 'Hội nghị quán triệt', date: '2021-03-02T09:00:00+07:00', author: 'nhat-thy', unit: 'van-phong-chinh-phu', lede: 'Tóm tắt.' });
const BODY = [
  '## Thực hiện Chỉ thị số 35-CT/TW',
  'Hội nghị quán triệt Chỉ thị số 35-CT/TW ngày 30/5/2019 và Chỉ thị 05-CT/TW, theo Nghị định  42/2022/NĐ-CP.',
  'Xem thêm [Chỉ thị 35-CT/TW trên trang khác](https://example.vn/) và Chỉ thị 36-CT/TW (trang chưa có).',
  '![Toàn cảnh](./anh.png "Hội nghị quán triệt Chỉ thị 35-CT/TW. Ảnh: Gia Huy")',
  'Quy định 11-QĐi/TW sẽ được đăng sau.',
].join('\n\n');
/** A real PDF header is enough for a file the site only passes on. */
const PDF = `%PDF-1.4\n${'% bantin\n'.repeat(200)}%%EOF\n`;

describe('documents', () => {
  beforeAll(async () => {
    await rm(root, { recursive: true, force: true });
    await mkdir(join(content, 'documents', 'tep'), { recursive: true });
    await cp(join(projectRoot, 'test/fixtures/minimal'), content, { recursive: true });
    await writeFile(join(content, 'articles/2021/quan-triet.md'), `${ARTICLE}\n${BODY}\n`);
    await cp(join(projectRoot, 'test/fixtures/cover.png'), join(content, 'articles/2021/anh.png'));
    await writeFile(
      join(content, 'documents/35-ct-tw.md'),
      `${front({ number: '35-CT/TW', kind: 'Chỉ thị', issuer: 'Bộ Chính trị', signer: 'Trần Quốc Vượng', issued: '2019-05-30', summary: 'Về đại hội đảng bộ các cấp', files: '[./tep/Toàn văn Chỉ thị 35.PDF]' })}\nNội dung chỉ thị.\n`,
    );
    await writeFile(join(content, 'documents/tep/Toàn văn Chỉ thị 35.PDF'), PDF);
    await writeFile(join(content, 'documents/05-ct-tw.md'), front({ number: '05-CT/TW', kind: 'chi thi', issuer: 'Bộ Chính trị', issued: '2016-05-15', summary: 'Về học tập và làm theo', replacedBy: '35-ct-tw' }));
    await writeFile(
      join(content, 'documents/42-2022-nd-cp.md'),
      front({ number: '42/2022/NĐ-CP', kind: 'Nghị định', issuer: 'van-phong-chinh-phu', issued: '2022-06-24', effective: '2022-08-01', summary: 'Quy định về cung cấp thông tin' }),
    );
    await buildSiteOrThrow({ outDir: dist, content, cacheDir });
  }, 300_000);

  it('citations become links to the documents the site has, never in headings, links or captions', async () => {
    const page = await readPage(dist, '/bai-viet/2021/quan-triet/');
    const prose = page.querySelector('.prose')!;
    const links = prose.querySelectorAll('a').map((a) => [text(a), a.getAttribute('href')]);
    expect(links).toEqual([
      ['Chỉ thị số 35-CT/TW', '/van-ban/35-ct-tw/'],
      ['Chỉ thị 05-CT/TW', '/van-ban/05-ct-tw/'],
      ['Nghị định 42/2022/NĐ-CP', '/van-ban/42-2022-nd-cp/'],
      ['Chỉ thị 35-CT/TW trên trang khác', 'https://example.vn/'],
    ]);
    expect(prose.querySelector('h2 a')).toBeNull();
    expect(prose.querySelector('figcaption a')).toBeNull();
    expect(text(prose)).toContain('Chỉ thị 36-CT/TW (trang chưa có)');
  });

  it('a document page has its facts, attachment with type and size, text, replacement and citing articles', async () => {
    const page = await readPage(dist, '/van-ban/35-ct-tw/');
    expect(text(page.querySelector('h1'))).toBe('Chỉ thị số 35-CT/TW');
    const facts = Object.fromEntries(page.querySelectorAll('.document__facts tr').map((row) => [text(row.querySelector('th')), text(row.querySelector('td'))]));
    expect(facts).toMatchObject({ 'Số ký hiệu': '35-CT/TW', 'Loại văn bản': 'Chỉ thị', 'Cơ quan ban hành': 'Bộ Chính trị', 'Người ký': 'Trần Quốc Vượng', 'Ngày ban hành': '30/05/2019', 'Tình trạng hiệu lực': 'Còn hiệu lực' });
    const file = page.querySelector('.document__files li')!;
    expect(text(file)).toBe('Toàn văn Chỉ thị 35.PDF (PDF, 1,8 KB)');
    expect(file.querySelector('a')!.getAttribute('href')).toBe('/van-ban/35-ct-tw/toan-van-chi-thi-35.pdf');
    expect(await readFile(join(dist, 'van-ban/35-ct-tw/toan-van-chi-thi-35.pdf'), 'utf8')).toBe(PDF);
    expect(text(page.querySelector('.prose'))).toBe('Nội dung chỉ thị.');
    expect(page.querySelectorAll('#thay-the ~ ul a').map((a) => a.getAttribute('href'))).toEqual(['/van-ban/05-ct-tw/']);
    expect(page.querySelectorAll('.related a').map((a) => a.getAttribute('href'))).toContain('/bai-viet/2021/quan-triet/');
    const replaced = await readPage(dist, '/van-ban/05-ct-tw/');
    expect(text(replaced.querySelector('.document__facts'))).toContain('Bị thay thế — Được thay thế bởi Chỉ thị số 35-CT/TW');
  });

  it('JSON-LD: Legislation for a legal normative document, DigitalDocument for a Party one; Dublin Core', async () => {
    const jsonLd = async (url: string) => JSON.parse((await readPage(dist, url)).querySelector('script[type="application/ld+json"]')!.textContent);
    expect(await jsonLd('/van-ban/42-2022-nd-cp/')).toMatchObject({
      '@type': 'Legislation',
      legislationIdentifier: '42/2022/NĐ-CP',
      legislationType: 'Nghị định',
      legislationDate: '2022-06-24',
      legislationDateOfApplicability: '2022-08-01',
      legislationPassedBy: { name: 'Văn phòng Chính phủ' },
      legislationLegalForce: 'https://schema.org/InForce',
    });
    expect(await jsonLd('/van-ban/35-ct-tw/')).toMatchObject({
      '@type': 'DigitalDocument',
      identifier: '35-CT/TW',
      dateCreated: '2019-05-30',
      associatedMedia: [{ encodingFormat: 'application/pdf', contentUrl: 'https://bantin.example.vn/van-ban/35-ct-tw/toan-van-chi-thi-35.pdf' }],
    });
    const head = await readPage(dist, '/van-ban/35-ct-tw/');
    const dc = (name: string) => head.querySelectorAll(`meta[name="${name}"]`).map((m) => m.getAttribute('content'));
    expect([dc('DC.date'), dc('DC.creator'), dc('DC.type')]).toEqual([['2019-05-30'], ['Bộ Chính trị'], ['Chỉ thị']]);
  });

  it('the list is newest first and filters by kind, issuer, year and status as static pages; feed and sitemaps have them', async () => {
    const list = await readPage(dist, '/van-ban/');
    expect(list.querySelectorAll('.document-list .card__title a').map((a) => a.getAttribute('href'))).toEqual(['/van-ban/42-2022-nd-cp/', '/van-ban/35-ct-tw/', '/van-ban/05-ct-tw/']);
    const filters = list.querySelectorAll('.document-filters li a').map((a) => a.getAttribute('href'));
    expect(filters).toEqual(expect.arrayContaining(['/van-ban/loai/chi-thi/', '/van-ban/co-quan/van-phong-chinh-phu/', '/van-ban/nam/2019/', '/van-ban/hieu-luc/bi-thay-the/']));
    const kind = await readPage(dist, '/van-ban/loai/chi-thi/');
    expect(kind.querySelectorAll('.document-list .card__title a').map(text)).toEqual(['Chỉ thị số 35-CT/TW', 'Chỉ thị số 05-CT/TW']);
    expect(text(kind.querySelector('.document-filters a[aria-current="page"]'))).toBe('Chỉ thị');
    const replaced = await readPage(dist, '/van-ban/hieu-luc/bi-thay-the/');
    expect(replaced.querySelectorAll('.document-list .card__title a').map(text)).toEqual(['Chỉ thị số 05-CT/TW']);
    const feed = await readFile(join(dist, 'van-ban/rss.xml'), 'utf8');
    expect(feed.match(/<link>[^<]+<\/link>/g)!.slice(1)).toEqual([
      '<link>https://bantin.example.vn/van-ban/42-2022-nd-cp/</link>',
      '<link>https://bantin.example.vn/van-ban/35-ct-tw/</link>',
      '<link>https://bantin.example.vn/van-ban/05-ct-tw/</link>',
    ]);
    expect(await readFile(join(dist, 'sitemap-0.xml'), 'utf8')).toContain('<loc>https://bantin.example.vn/van-ban/35-ct-tw/</loc>');
    const siteMap = await readPage(dist, '/so-do-trang/');
    expect(siteMap.querySelectorAll('#van-ban ~ ul a').map((a) => a.getAttribute('href'))).toEqual(expect.arrayContaining(['/van-ban/loai/chi-thi/', '/van-ban/35-ct-tw/']));
  });

  it('a document added later is linked from the articles already built, in an incremental rebuild', async () => {
    await writeFile(join(content, 'documents/11-qdi-tw.md'), front({ number: '11-QĐi/TW', kind: 'Quy định', issuer: 'Bộ Chính trị', issued: '2019-02-18', summary: 'Về trách nhiệm của người đứng đầu cấp ủy' }));
    await buildSiteOrThrow({ outDir: dist, content, cacheDir });
    const page = await readPage(dist, '/bai-viet/2021/quan-triet/');
    expect(page.querySelector('.prose a[href="/van-ban/11-qdi-tw/"]')).not.toBeNull();
    const document = await readPage(dist, '/van-ban/11-qdi-tw/');
    expect(document.querySelectorAll('.related a').map((a) => a.getAttribute('href'))).toContain('/bai-viet/2021/quan-triet/');
  });
});
