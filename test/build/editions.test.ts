/**
 * The sample site's example edition (content/editions/1.md), built once for the run (global setup): its PDF read back
 * with pdf.js as a reader's viewer reads it, and its pages on the site.
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { PDFArray, PDFDict, PDFName } from 'pdf-lib';
import { readPage, text } from '../support/dist.ts';
import { mm, readPdf, type PdfPage } from '../support/pdf.ts';
import { site } from '../../src/data/site.ts';
import { absoluteUrl } from '../../src/lib/paths.ts';
import { formatBytes } from '../../src/lib/attachments.ts';

const dist = inject('sampleDist');
const abs = (path: string) => absoluteUrl(path, site.url);
const PDF = '/so/1/ban-tin-cong-tac-van-phong-so-1.pdf';
const ARTICLES = [
  { url: '/bai-viet/2021/xay-dung-vpcp-chuyen-nghiep-dap-ung-yeu-cau-trong-tinh-hinh-moi/', title: 'Xây dựng VPCP chuyên nghiệp, đáp ứng yêu cầu trong tình hình mới', section: 'Xây dựng Đảng' },
  { url: '/bai-viet/2021/tap-trung-lam-tot-cong-tac-tham-muu-phuc-vu-cap-uy/', title: 'Tập trung làm tốt công tác tham mưu, phục vụ cấp ủy', section: 'Công tác văn phòng cấp ủy' },
  { url: '/bai-viet/2020/tap-trung-cao-do-tham-muu-phong-chong-dich-covid-19/', title: 'Tập trung cao độ tham mưu phòng, chống dịch COVID-19', section: 'Nhìn lại' },
];

let pages: PdfPage[];
let pdf: Awaited<ReturnType<typeof readPdf>>;
beforeAll(async () => {
  pdf = await readPdf(join(dist, PDF));
  pages = pdf.pages;
});

describe('the example edition’s PDF', () => {
  it('is 19 × 27 cm, trimmed exactly there, in pages bound by fours and within the licence’s 64', () => {
    for (const page of pdf.doc.getPages()) {
      const trim = page.getTrimBox();
      expect(mm(trim.width)).toBeCloseTo(190, 2);
      expect(mm(trim.height)).toBeCloseTo(270, 2);
      const { width, height } = page.getSize();
      expect(Math.abs(mm(width) - 190)).toBeLessThan(0.5);
      expect(Math.abs(mm(height) - 270)).toBeLessThan(0.5);
    }
    expect(pages.length % 4).toBe(0);
    expect(pages.length).toBeLessThanOrEqual(64);
    expect(pages.length).toBeGreaterThanOrEqual(8);
  });

  it('heads the first page with BẢN TIN, the name, the publisher, the number and the day, and a QR code linking the edition', () => {
    const cover = pages[0]!;
    for (const words of ['BẢN TIN', 'CÔNG TÁC VĂN PHÒNG', site.organisation.toLocaleUpperCase('vi'), 'Số 1 – Tháng 7/2021', 'Phát hành ngày 31/07/2021']) expect(cover.text).toContain(words);
    expect(cover.links.map((link) => link.url)).toContain(abs('/so/1/'));
  });

  it('has the colophon the law asks for at the foot of the last page, with the real page count', () => {
    const back = pages.at(-1)!.text;
    const licence = site.imprint!.licence!;
    for (const words of [
      `Giấy phép xuất bản số ${licence.number} do ${licence.issuer} cấp ngày 15/01/2021`,
      `Kỳ hạn xuất bản ${licence.frequency}`,
      'Khuôn khổ 19 × 27 cm',
      `Số trang ${pages.length}`,
      'Số lượng 500 bản',
      'In tại Xí nghiệp In Ví Dụ, số 2 phố Ví Dụ, Hà Nội (ví dụ)',
      `Chịu trách nhiệm xuất bản ${site.imprint!.responsible}`,
      `Cơ quan xuất bản ${site.organisation}`,
      'Phát hành ngày 31/07/2021',
    ]) {
      expect(back).toContain(words);
    }
    // At the foot: nothing after it but the site's address.
    expect(back.endsWith('Trang tin bantin.example.vn')).toBe(true);
  });

  it('lists the articles in its contents with the pages they really start on, each title linking its web address', () => {
    const contents = pages[1]!.text;
    let previous = 2;
    for (const article of ARTICLES) {
      const match = new RegExp(`${article.title.replace(/[().]/g, '\\$&')} (\\d+)`).exec(contents);
      expect(match, `${article.title} in the contents`).not.toBeNull();
      const start = Number(match![1]);
      expect(start).toBeGreaterThan(previous);
      previous = start;
      const page = pages[start - 1]!;
      expect(page.text).toContain(article.title);
      expect(page.links.map((link) => link.url)).toContain(abs(article.url));
      // The page before does not carry it yet.
      expect(pages[start - 2]!.links.map((link) => link.url)).not.toContain(abs(article.url));
      // The running head of a right-hand page names the section.
      if (start % 2 === 1) expect(page.text.startsWith(article.section)).toBe(true);
    }
    // Contents entries take the reader to the article inside the PDF.
    expect(pages[1]!.links.filter((link) => link.dest).length).toBeGreaterThanOrEqual(ARTICLES.length);
  });

  it('numbers its pages and runs the bulletin’s name over the left-hand ones', () => {
    expect(pages[3]!.text).toMatch(/^Bản tin Công tác Văn phòng · Số 1 – Tháng 7\/2021 4 /);
    expect(pages[2]!.text).toMatch(/^Xây dựng Đảng 3 /);
    // Neither on the cover nor on the back page.
    expect(pages[0]!.text).not.toMatch(/^\d/);
  });

  it('extracts as Vietnamese text, as written', async () => {
    const all = pages.map((page) => page.text).join(' ');
    expect(all).not.toMatch(/[\u0000\ufffd\u0300-\u036f]/);
    expect(all).toBe(all.normalize('NFC'));
    // The sentence as the article's page gives it (its text: "20/7" is kept on one line by an element of its own).
    const body = (await readFile(join(dist, ARTICLES[0]!.url, 'index.html'), 'utf8')).replace(/<[^>]+>/g, '');
    expect(body).toContain('Chiều 20/7, Ủy viên Trung ương Đảng');
    for (const sentence of [
      'Chiều 20/7, Ủy viên Trung ương Đảng, Bí thư Đảng ủy, Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ (VPCP) Trần Văn Sơn chủ trì cuộc họp Đảng ủy VPCP về sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2021',
      'Quét mã để đọc số này trên mạng',
      'Đồng chí Chu Đức Nhuận',
    ]) {
      expect(all).toContain(sentence);
    }
  });

  it('is a tagged PDF with an outline titled as written, and the edition’s metadata', () => {
    const { doc } = pdf;
    expect(doc.catalog.lookup(PDFName.of('StructTreeRoot'))).toBeInstanceOf(PDFDict);
    expect(doc.getTitle()).toBe('Bản tin Công tác Văn phòng, số 1 – Tháng 7/2021');
    expect(doc.getAuthor()).toBe(site.organisation);
    // The edition's day (00:00 in Vietnam), never the time of the build: the same content gives the same bytes.
    expect(doc.getCreationDate()?.toISOString()).toBe('2021-07-30T17:00:00.000Z');
    const id = doc.context.trailerInfo.ID;
    expect(id).toBeInstanceOf(PDFArray);
    const outlines = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict);
    expect(outlines).toBeDefined();
  });
});

describe('the example edition on the site', () => {
  it('links its PDF with the PDF’s real page count and size', async () => {
    const page = await readPage(dist, '/so/1/');
    const link = page.querySelector(`a[href="${PDF}"]`);
    expect(link).not.toBeNull();
    expect(text(page.querySelector('.edition__pdf'))).toBe(`Tải bản PDF (PDF, ${pages.length} trang, ${formatBytes(pdf.bytes.length)})`);
  });

  it('shows the masthead, the editorial, the contents by section linking each article, and the colophon', async () => {
    const page = await readPage(dist, '/so/1/');
    expect(text(page.querySelector('h1'))).toBe('BẢN TIN Công tác Văn phòng');
    expect(text(page.querySelector('.edition-masthead'))).toContain('Số 1 – Tháng 7/2021 Phát hành ngày 31/07/2021');
    expect(text(page.querySelector('.edition__editorial'))).toContain('Đây là số mẫu (ví dụ)');
    const sections = page.querySelectorAll('.edition__section');
    expect(sections.map((section) => text(section.querySelector('h2')))).toEqual(ARTICLES.map((article) => article.section));
    sections.forEach((section, i) => expect(section.querySelector(`a[href="${ARTICLES[i]!.url}"]`)).not.toBeNull());
    const colophon = page
      .querySelectorAll('.edition-colophon dt')
      .map((dt) => `${text(dt)} ${text(dt.nextElementSibling)}`)
      .join('; ');
    expect(colophon).toContain('In tại Xí nghiệp In Ví Dụ');
    expect(colophon).toContain('Số lượng 500 bản');
    expect(page.querySelector('meta[name="DC.date"]')?.getAttribute('content')).toBe('2021-07-31');
    expect(page.querySelector('meta[name="DC.type"]')?.getAttribute('content')).toBe('Bản tin');
    const jsonLd = JSON.parse(page.querySelector('script[type="application/ld+json"]')!.textContent);
    expect(jsonLd['@type']).toBe('PublicationIssue');
    expect(jsonLd.hasPart).toHaveLength(3);
  });

  it('lists the editions, names them on the articles they carry, in a feed, the site map and the sitemap; the print page is not published', async () => {
    const list = await readPage(dist, '/so/');
    expect(text(list.querySelector('.edition-card__title'))).toBe('Số 1 – Tháng 7/2021');
    for (const article of ARTICLES) {
      const page = await readPage(dist, article.url);
      expect(text(page.querySelector('.article__editions'))).toBe('Đăng trong bản tin in: Số 1 – Tháng 7/2021');
    }
    const feed = await readFile(join(dist, 'so/rss.xml'), 'utf8');
    expect(feed).toContain('<title>Bản tin Công tác Văn phòng, số 1 – Tháng 7/2021</title>');
    expect(text((await readPage(dist, '/so-do-trang/')).querySelector('#so-ban-tin'))).toBe('Các số bản tin');
    const sitemap = await readFile(join(dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(abs('/so/1/'));
    expect(sitemap).not.toContain('ban-in');
    expect(existsSync(join(dist, 'so/1/ban-in'))).toBe(false);
  });
});
