import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { parse } from 'node-html-parser';
import { listFiles, readPage, text } from '../support/dist.ts';
import { projectRoot } from '../support/paths.ts';
import { brokenLinks } from '../support/site-links.ts';
import { site } from '../../src/data/site.ts';
import { absoluteUrl } from '../../src/lib/paths.ts';

const dist = inject('sampleDist');
/** Byte-for-byte copies of ../shared/seeds/, so the tests run in any clone. */
const seeds = join(projectRoot, 'test/fixtures/seeds');

const ARTICLES = {
  '000': {
    url: '/bai-viet/2020/tap-trung-cao-do-tham-muu-phong-chong-dich-covid-19/',
    title: 'Tập trung cao độ tham mưu phòng, chống dịch COVID-19',
    dateline: 'Thứ Tư, 26/08/2020 10:54',
    iso: '2020-08-26T10:54:00+07:00',
    author: ['Nhật Thy', '/tac-gia/nhat-thy/'],
    unit: ['Chi bộ Vụ Khoa giáo-Văn xã', '/don-vi/chi-bo-vu-khoa-giao-van-xa/'],
    location: 'Hà Nội',
    source: 'Chinhphu.vn',
    captions: ['Đồng chí Chu Đức Nhuận, Bí thư Chi bộ, Vụ trưởng Vụ Khoa giáo-Văn xã phát biểu tại Đại hội. Ảnh: Quang Hiếu'],
    headings: [] as string[],
  },
  '001': {
    url: '/bai-viet/2021/xay-dung-vpcp-chuyen-nghiep-dap-ung-yeu-cau-trong-tinh-hinh-moi/',
    title: 'Xây dựng VPCP chuyên nghiệp, đáp ứng yêu cầu trong tình hình mới',
    dateline: 'Thứ Ba, 20/07/2021 17:13',
    iso: '2021-07-20T17:13:00+07:00',
    author: ['Gia Huy', '/tac-gia/gia-huy/'],
    unit: ['Đảng ủy Văn phòng Chính phủ', '/don-vi/dang-uy-van-phong-chinh-phu/'],
    location: undefined,
    source: 'Chinhphu.vn',
    captions: ['Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Trần Văn Sơn phát biểu tại Hội nghị. Ảnh: Gia Huy', 'Ảnh: Gia Huy'],
    headings: [
      'Tham mưu kịp thời các biện pháp thực hiện "mục tiêu kép"',
      'Tập trung việc đột xuất, việc nóng, tham mưu phòng, chống dịch',
    ],
  },
  '003': {
    url: '/bai-viet/2021/tap-trung-lam-tot-cong-tac-tham-muu-phuc-vu-cap-uy/',
    title: 'Tập trung làm tốt công tác tham mưu, phục vụ cấp ủy',
    dateline: 'Thứ Năm, 10/06/2021 17:57',
    iso: '2021-06-10T17:57:00+07:00',
    author: ['Phương Hằng', '/tac-gia/phuong-hang/'],
    unit: ['Văn phòng Tỉnh ủy Đồng Nai', '/don-vi/van-phong-tinh-uy-dong-nai/'],
    location: undefined,
    source: 'Báo Đồng Nai',
    captions: [
      'Hội nghị tại điểm cầu chính Hội trường Tỉnh ủy.',
      'Các phòng chuyên môn Văn phòng Tỉnh ủy trao đổi các ý kiến tại hội nghị.',
    ],
    headings: [] as string[],
  },
} as const;

const squash = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();

/** The body lines of a seed dump: after the lede/date header, before the author line, junk removed. */
async function seedBodyLines(prefix: string): Promise<string[]> {
  const files = await listFiles(seeds);
  const raw = await readFile(join(seeds, files.find((f) => f.startsWith(prefix))!), 'utf8');
  const lines = raw.split('\n').map(squash).filter((l) => l && l !== '.' && l !== ';' && l !== 'Top');
  const headerEnd = lines.findIndex((l) => /^\(.+?\)\s*-/.test(l));
  const afterHeader = lines.slice(headerEnd + 1).filter((l) => !/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/.test(l));
  return afterHeader.slice(0, -1);
}

describe.each(Object.entries(ARTICLES))('sample article %s', (seed, expected) => {
  let page: HTMLElement;
  beforeAll(async () => {
    page = await readPage(dist, expected.url);
  });

  it('shows title, dateline, author, unit, location and source', () => {
    expect(text(page.querySelector('h1'))).toBe(expected.title);
    expect(page.querySelector('title')!.textContent).toContain(expected.title);
    const byline = page.querySelector('.byline')!;
    expect(text(byline.querySelector('time'))).toBe(expected.dateline);
    expect(byline.querySelector('time')!.getAttribute('datetime')).toBe(expected.iso);
    const author = byline.querySelector('a[rel=author]')!;
    expect([text(author), author.getAttribute('href')]).toEqual(expected.author);
    const unitLink = byline.querySelectorAll('a').find((a) => a.getAttribute('href') === expected.unit[1]);
    expect(text(unitLink)).toBe(expected.unit[0]);
    expect(text(byline.querySelector('.byline__location')) || undefined).toBe(expected.location);
    expect(text(page.querySelector('.article__source'))).toBe(`Nguồn: ${expected.source}`);
    expect(text(byline.querySelector('.byline__reading'))).toMatch(/^\d+ phút đọc$/);
  });

  it('renders captions as figures, each once, with the credit', () => {
    const captions = page.querySelectorAll('.prose figure figcaption').map(text);
    expect(captions).toEqual(expected.captions);
    for (const caption of page.querySelectorAll('.prose figcaption')) {
      if (text(caption).includes('Ảnh:')) expect(caption.querySelector('.credit')).not.toBeNull();
    }
  });

  it('renders subheadings as headings with ASCII ids', () => {
    const headings = page.querySelectorAll('.prose h2');
    expect(headings.map(text)).toEqual(expected.headings);
    for (const h of headings) expect(h.id).toMatch(/^[a-z0-9-]+$/);
  });

  it('keeps every paragraph of the dump word for word and drops the junk', async () => {
    const body = squash(page.querySelector('.prose')!.textContent);
    for (const line of await seedBodyLines(seed)) expect(body).toContain(line);
    const paragraphs = page.querySelectorAll('.prose p').map(text);
    expect(paragraphs.filter((p) => p === '.' || p === ';' || p === 'Top' || p === '')).toEqual([]);
    expect(body).not.toMatch(/\bTop$/);
  });

  it('describes itself to search engines and social networks', () => {
    const jsonLd = JSON.parse(page.querySelector('script[type="application/ld+json"]')!.textContent);
    expect(jsonLd).toMatchObject({
      '@type': 'NewsArticle',
      headline: expected.title,
      datePublished: expected.iso,
      author: [{ '@type': 'Person', name: expected.author[0] }],
      publisher: { '@type': 'Organization' },
      articleSection: expected.unit[0],
      inLanguage: 'vi',
    });
    const meta = (property: string) => page.querySelector(`meta[property="${property}"]`)?.getAttribute('content');
    expect(meta('og:locale')).toBe('vi_VN');
    expect(meta('og:type')).toBe('article');
    expect(meta('article:published_time')).toBe(expected.iso);
    expect(meta('article:section')).toBe(expected.unit[0]);
    expect(page.querySelector('link[rel=canonical]')!.getAttribute('href')).toBe(`https://bantin.example.vn${expected.url}`);
  });

  it('says at its foot who publishes it, who answers for the content and how to reach them', () => {
    const rows = page.querySelectorAll('.site-footer__imprint dt').map((dt) => [text(dt), text(dt.nextElementSibling)]);
    expect(rows.map(([label]) => label)).toEqual(['Cơ quan chủ quản', 'Chịu trách nhiệm nội dung', 'Địa chỉ', 'Điện thoại', 'Thư điện tử', 'Giấy phép']);
    expect(Object.fromEntries(rows)['Giấy phép']).toMatch(/^số .+ do .+ cấp ngày 15\/01\/2021$/);
    expect(page.querySelector('.site-footer__imprint a[href^="mailto:"]')!.getAttribute('href')).toBe('mailto:bantin@example.vn');
  });

  it('carries Dublin Core metadata, as official e-portals must', () => {
    const dc = (name: string) => page.querySelectorAll(`meta[name="DC.${name}"]`).map((m) => m.getAttribute('content'));
    expect(dc('title')).toEqual([expected.title]);
    expect(dc('creator')).toEqual([expected.author[0]]);
    expect(dc('date')).toEqual([expected.iso]);
    expect(dc('language')).toEqual(['vi']);
    expect(dc('identifier')).toEqual([`https://bantin.example.vn${expected.url}`]);
    expect(dc('publisher')).toHaveLength(1);
    expect(dc('description')[0]).toBeTruthy();
  });

  it('offers share links as plain URLs and breadcrumbs through the unit hierarchy', () => {
    const share = page.querySelectorAll('.share a').map((a) => a.getAttribute('href')!);
    expect(share.map((href) => href.split('?')[0])).toEqual([
      'https://www.facebook.com/sharer/sharer.php',
      'https://sp.zalo.me/share_to_zalo',
      'mailto:',
    ]);
    expect(page.querySelector('.share input')!.getAttribute('value')).toBe(`https://bantin.example.vn${expected.url}`);
    const crumbs = page.querySelectorAll('.breadcrumbs a').map((a) => a.getAttribute('href'));
    expect(crumbs[0]).toBe('/');
    expect(crumbs.at(-1)).toBe(expected.unit[1]);
  });
});

describe('listings', () => {
  const titles = async (path: string) => (await readPage(dist, path)).querySelectorAll('main .card__title').map(text);
  const { '000': a0, '001': a1, '003': a3 } = ARTICLES;

  it('home lists every article newest first', async () => {
    expect(await titles('/')).toEqual([a1.title, a3.title, a0.title]);
  });

  it("a unit page includes its sub-units' articles and shows the hierarchy", async () => {
    expect(await titles('/don-vi/van-phong-chinh-phu/')).toEqual([a1.title, a0.title]);
    expect(await titles('/don-vi/dang-uy-van-phong-chinh-phu/')).toEqual([a1.title, a0.title]);
    expect(await titles('/don-vi/chi-bo-vu-khoa-giao-van-xa/')).toEqual([a0.title]);
    const unit = await readPage(dist, '/don-vi/van-phong-chinh-phu/');
    expect(unit.querySelectorAll('.unit-tree a').map(text)).toEqual(['Đảng ủy Văn phòng Chính phủ', 'Chi bộ Vụ Khoa giáo-Văn xã']);
    const cell = await readPage(dist, '/don-vi/chi-bo-vu-khoa-giao-van-xa/');
    expect(cell.querySelectorAll('.breadcrumbs a').map(text)).toEqual(['Trang chủ', 'Đơn vị', 'Văn phòng Chính phủ', 'Đảng ủy Văn phòng Chính phủ']);
  });

  it('author, year, month and tag pages list their articles', async () => {
    expect(await titles('/tac-gia/gia-huy/')).toEqual([a1.title]);
    expect(await titles('/luu-tru/2021/')).toEqual([a1.title, a3.title]);
    expect(await titles('/luu-tru/2021/06/')).toEqual([a3.title]);
    expect(await titles('/luu-tru/2020/08/')).toEqual([a0.title]);
    expect(await titles('/chu-de/covid-19/')).toEqual([a1.title, a0.title]);
  });

  it('name lists are sorted the Vietnamese way', async () => {
    const authors = (await readPage(dist, '/tac-gia/')).querySelectorAll('.name-list a').map(text);
    expect(authors).toEqual(['Gia Huy', 'Nhật Thy', 'Phương Hằng']);
    const tree = (await readPage(dist, '/don-vi/')).querySelector('.unit-tree')!;
    const units = tree.childNodes
      .filter((node): node is HTMLElement => (node as HTMLElement).tagName === 'LI')
      .map((li) => text(li.querySelector('a')));
    expect(units).toEqual(['Văn phòng Chính phủ', 'Văn phòng Tỉnh ủy Đồng Nai']);
  });

  it('an article lists related articles from its unit or tags', async () => {
    const page = await readPage(dist, a1.url);
    expect(page.querySelectorAll('.related .card__title').map(text)).toContain(a0.title);
  });
});

describe('feeds, sitemap and robots', () => {
  const items = async (path: string) => {
    const xml = parse(await readFile(join(dist, path), 'utf8'), { parseNoneClosedTags: true });
    return xml.querySelectorAll('item').map((item) => text(item.querySelector('title')));
  };

  it('the site feed lists every article, newest first', async () => {
    const { '000': a0, '001': a1, '003': a3 } = ARTICLES;
    expect(await items('rss.xml')).toEqual([a1.title, a3.title, a0.title]);
    const xml = await readFile(join(dist, 'rss.xml'), 'utf8');
    expect(xml).toContain('<language>vi</language>');
    expect(xml).toContain(`<link>https://bantin.example.vn${a1.url}</link>`);
    expect(xml).toContain('<dc:creator>Gia Huy</dc:creator>');
  });

  it('each unit has a feed including its sub-units', async () => {
    expect(await items('don-vi/van-phong-chinh-phu/rss.xml')).toHaveLength(2);
    expect(await items('don-vi/van-phong-tinh-uy-dong-nai/rss.xml')).toEqual([ARTICLES['003'].title]);
  });

  it('the sitemap lists every article and robots.txt names it', async () => {
    const sitemap = await readFile(join(dist, 'sitemap-0.xml'), 'utf8');
    for (const article of Object.values(ARTICLES)) expect(sitemap).toContain(`https://bantin.example.vn${article.url}`);
    expect(sitemap).not.toContain('404');
    expect(await readFile(join(dist, 'robots.txt'), 'utf8')).toContain('Sitemap: https://bantin.example.vn/sitemap-index.xml');
  });
});

describe('every page', () => {
  let pages: { path: string; html: string; root: HTMLElement }[];
  beforeAll(async () => {
    const all = await listFiles(dist);
    pages = await Promise.all(
      all
        .filter((f) => f.endsWith('.html'))
        .map(async (path) => {
          const html = await readFile(join(dist, path), 'utf8');
          return { path, html, root: parse(html) };
        }),
    );
  });

  it('has all the page kinds', () => {
    const paths = pages.map((p) => p.path);
    for (const expected of ['index.html', '404.html', 'don-vi/index.html', 'tac-gia/index.html', 'luu-tru/index.html', 'chu-de/index.html', 'gioi-thieu/index.html']) {
      expect(paths).toContain(expected);
    }
  });

  it('is Vietnamese, NFC-normalised and has a skip link and one h1', () => {
    for (const { path, html, root } of pages) {
      expect(root.querySelector('html')!.getAttribute('lang'), path).toBe('vi');
      expect(html.normalize('NFC') === html, path).toBe(true);
      expect(root.querySelector('a.skip-link')!.getAttribute('href'), path).toBe('#noi-dung');
      expect(root.querySelectorAll('h1'), path).toHaveLength(1);
    }
  });

  it('links only to pages and files that exist: links, images, scripts, styles, metadata, feeds and the sitemap', async () => {
    expect(await brokenLinks(dist, site.url)).toEqual([]);
  });

  it('loads nothing from other hosts (only links may leave the site)', () => {
    for (const { path, root } of pages) {
      for (const el of root.querySelectorAll('script[src], link[href], img[src], iframe, source[srcset]')) {
        if (el.tagName === 'LINK' && el.getAttribute('rel') === 'canonical') continue;
        const url = el.getAttribute('src') ?? el.getAttribute('href') ?? '';
        expect(url.startsWith('/') && !url.startsWith('//'), `${path}: ${el.outerHTML}`).toBe(true);
      }
    }
  });

  it('carries a Content-Security-Policy without unsafe-inline or unsafe-eval for scripts', () => {
    for (const { path, root } of pages) {
      const csp = root.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
      expect(scriptSrc, path).toContain("'self'");
      expect(scriptSrc, path).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).toContain("object-src 'none'");
    }
  });

  it('runs no inline script: only our own module files, which reading does not need', () => {
    for (const { path, root } of pages) {
      const scripts = root.querySelectorAll('script').filter((s) => s.getAttribute('type') !== 'application/ld+json');
      for (const script of scripts) {
        expect(script.getAttribute('type'), `${path}: ${script.outerHTML}`).toBe('module');
        expect(script.getAttribute('src'), `${path}: ${script.outerHTML}`).toMatch(/^\/_astro\/[\w.-]+\.js$/);
        expect(script.textContent.trim()).toBe('');
      }
    }
  });
});

describe('the site map for people', () => {
  it('lists the sections, every unit and every year with its months, linked from every page’s footer', async () => {
    const home = await readPage(dist, '/');
    expect(home.querySelector('.site-footer a[href="/so-do-trang/"]')).not.toBeNull();
    const map = await readPage(dist, '/so-do-trang/');
    const links = map.querySelectorAll('main a').map((a) => a.getAttribute('href')!);
    expect(links).toEqual(expect.arrayContaining(['/', '/tim-kiem/', '/tac-gia/', '/chu-de/', '/rss.xml', '/sitemap-index.xml', '/don-vi/', '/luu-tru/']));
    expect(links).toEqual(expect.arrayContaining(['/don-vi/dang-uy-van-phong-chinh-phu/', '/luu-tru/2021/', '/luu-tru/2021/06/', '/luu-tru/2020/08/']));
    for (const link of links.filter((href) => href.endsWith('/'))) expect(await readPage(dist, link), link).toBeTruthy();
  });
});

describe('standing pages', () => {
  it('each has its own address, title, text and update date, and Dublin Core metadata', async () => {
    const page = await readPage(dist, '/gioi-thieu/');
    expect(text(page.querySelector('h1'))).toBe('Giới thiệu');
    expect(page.querySelector('title')!.textContent).toBe(`Giới thiệu | ${site.name}`);
    expect(page.querySelector('meta[name="description"]')!.getAttribute('content')).toMatch(/^Bản tin Công tác Văn phòng đưa tin/);
    expect(page.querySelector('.standing-page__updated time')!.getAttribute('datetime')).toBe('2026-11-20T09:00:00+07:00');
    expect(page.querySelectorAll('.prose table th').map(text)).toEqual(['Chức danh', 'Họ và tên']);
    expect(page.querySelector('meta[name="DC.title"]')!.getAttribute('content')).toBe('Giới thiệu');
    expect(page.querySelector('meta[name="DC.identifier"]')!.getAttribute('content')).toBe(absoluteUrl('/gioi-thieu/', site.url));
    expect(page.querySelector('.breadcrumbs a')!.getAttribute('href')).toBe('/');
  });

  it('are linked where the configuration says: the navigation and every page’s foot, and the site map and sitemap', async () => {
    const home = await readPage(dist, '/');
    expect(home.querySelectorAll('.site-nav a').map((a) => a.getAttribute('href'))).toContain('/gioi-thieu/');
    expect(home.querySelectorAll('.site-footer__links a').slice(0, 3).map((a) => [a.getAttribute('href'), text(a)])).toEqual([
      ['/gioi-thieu/', 'Giới thiệu'],
      ['/lien-he/', 'Liên hệ'],
      ['/chinh-sach-su-dung/', 'Chính sách sử dụng'],
    ]);
    const map = await readPage(dist, '/so-do-trang/');
    expect(map.querySelectorAll('main a').map((a) => a.getAttribute('href'))).toEqual(expect.arrayContaining(['/gioi-thieu/', '/lien-he/', '/chinh-sach-su-dung/']));
    expect(await readFile(join(dist, 'sitemap-0.xml'), 'utf8')).toContain(`<loc>${absoluteUrl('/lien-he/', site.url)}</loc>`);
  });
});
