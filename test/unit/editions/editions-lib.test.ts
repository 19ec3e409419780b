import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { startPages, type OutlineItem } from '../../../src/editions/pdf-outline.ts';
import { fillPdfFacts, pdfFactsSlot } from '../../../src/lib/edition-pdf-facts.ts';
import { bodyForPrint } from '../../../src/lib/print-html.ts';
import { qrSvg } from '../../../src/lib/qr-svg.ts';
import { printPageCss } from '../../../src/lib/edition-print-css.ts';
import { colophon, masthead, trimSize } from '../../../src/lib/edition-imprint.ts';
import { printFactsJson, readPrintFacts, PRINT_FACTS_ID, type EditionPrintFacts } from '../../../src/lib/edition-print-facts.ts';
import { siteSchema } from '../../../src/schemas/site.ts';
import { site as siteInput } from '../../../src/site.config.ts';

const site = siteSchema.parse(siteInput);
const EDITION = { number: 12, date: '2024-06-30', period: 'Tháng 6/2024', printRun: 1500, printer: 'Công ty In Ví Dụ' };

describe('startPages (where each article starts, from the PDF outline)', () => {
  const outline: OutlineItem[] = [
    { title: 'BẢN TINCÔNG TÁC VĂN PHÒNG', depth: 1, page: 1 },
    { title: 'MỤC LỤCMỤC LỤC', depth: 2, page: 2 },
    { title: 'XÂY DỰNG ĐẢNG', depth: 2, page: 3 },
    { title: 'Xây dựng VPCP chuyên nghiệp, đáp ứng yêu cầutrong tình hình mới', depth: 3, page: 3 },
    { title: 'Nhìn lại', depth: 4, page: 4 },
    { title: 'Nhìn lại', depth: 3, page: 6 },
  ];
  it('matches titles as Chromium runs their lines together, at the articles’ depth, in order', () => {
    expect(startPages(outline, ['Xây dựng VPCP chuyên nghiệp, đáp ứng yêu cầu trong tình hình mới', 'Nhìn lại'])).toEqual([3, 6]);
    expect(startPages(outline, ['Xây dựng VPCP chuyên nghiệp, đáp ứng yêu cầu trong tình hình mới', 'Không có'])).toEqual([3, undefined]);
  });
});

describe('the PDF facts on an edition’s page', () => {
  it('fills the slot the page left, and refuses a page without one', () => {
    const html = `<p><a href="x.pdf">Tải</a> (${pdfFactsSlot('PDF, được tạo khi dựng trang')})</p>`;
    expect(fillPdfFacts(html, 'PDF, 12 trang, 206 KB')).toBe('<p><a href="x.pdf">Tải</a> (<span data-pdf-facts>PDF, 12 trang, 206 KB</span>)</p>');
    expect(() => fillPdfFacts('<p></p>', 'x')).toThrow(/data-pdf-facts/);
  });

  it('carries the print facts through the page as JSON that cannot close its element', () => {
    const facts = { id: '12', title: '</script><b>' } as unknown as EditionPrintFacts;
    const html = `<script type="application/json" id="${PRINT_FACTS_ID}">${printFactsJson(facts)}</script>`;
    expect(html).not.toContain('</script><b>');
    expect(readPrintFacts(html)).toEqual(facts);
  });
});

describe('bodyForPrint', () => {
  it('puts body headings under the article title, loads photos at once and sizes them for a column', () => {
    expect(bodyForPrint('<h2 id="a">Mục</h2><p>x</p><h3>Nhỏ</h3><img src="a.webp" loading="lazy" sizes="(min-width: 50rem) 46rem, 100vw">')).toBe(
      '<h4 id="a">Mục</h4><p>x</p><h5>Nhỏ</h5><img src="a.webp" loading="eager" sizes="80mm">',
    );
  });
});

describe('qrSvg', () => {
  it('draws every dark module of the code in one path, with a quiet zone', () => {
    const url = 'https://bantin.example.vn/so/12/';
    const svg = qrSvg(url, 'Quét mã: "số 12"');
    const { size, data } = encode(url, { ecc: 'M', border: 4 });
    expect(svg).toContain(`viewBox="0 0 ${size} ${size}"`);
    expect(svg).toContain('aria-label="Quét mã: &quot;số 12&quot;"');
    const dark = data.flat().filter(Boolean).length;
    const area = [...svg.matchAll(/M\d+ \d+h(\d+)v1h-\d+z/g)].reduce((sum, m) => sum + Number(m[1]), 0);
    expect(area).toBe(dark);
    expect(data[0]!.every((cell) => !cell)).toBe(true);
  });
});

describe('printPageCss', () => {
  it('sizes the page with its bleed and gives each section a running head', () => {
    const css = printPageCss({ trimCm: { width: 19, height: 27 }, bleedMm: 3, runningHead: 'Bản tin "Văn phòng" · Số 12', sectionTitles: ['Xây dựng Đảng', 'Nhìn lại'] });
    expect(css).toContain('size: 196mm 276mm;');
    expect(css).toContain('@page s-1:right { @top-right { content: "Xây dựng Đảng";');
    expect(css).toContain('@page s-2:left { @top-left { content: "Bản tin \\"Văn phòng\\" · Số 12";');
    expect(css).toContain('.s-2 { page: s-2; }');
  });
});

describe('masthead and colophon', () => {
  it('heads the first page as the law asks', () => {
    expect(masthead(site, EDITION)).toEqual({
      kind: 'BẢN TIN',
      name: 'Công tác Văn phòng',
      organisation: site.organisation,
      governingBody: site.imprint!.governingBody,
      issue: 'Số 12 – Tháng 6/2024',
      published: 'Phát hành ngày 30/06/2024',
    });
  });

  it('lists the licence, period, format, pages, print run and printer at the foot of the last page', () => {
    const lines = colophon(site, EDITION, trimSize(site), 16);
    const text = lines.map((line) => `${line.label}: ${line.value}`);
    expect(text).toContain('Giấy phép xuất bản: số 00/GP-BTTTT (ví dụ) do Bộ Thông tin và Truyền thông cấp ngày 15/01/2021, có giá trị đến ngày 14/01/2022');
    expect(text).toContain('Kỳ hạn xuất bản: 1 tháng/kỳ (ví dụ)');
    expect(text).toContain('Khuôn khổ: 19 × 27 cm');
    expect(text).toContain('Số trang: 16');
    expect(text).toContain('Số lượng: 1.500 bản');
    expect(text).toContain('In tại: Công ty In Ví Dụ');
    expect(text).toContain(`Chịu trách nhiệm xuất bản: ${site.imprint!.responsible}`);
    expect(lines.find((line) => line.key === 'pages')?.value).toBe('16');
    expect(colophon(site, EDITION, { width: 14.8, height: 21 }).map((line) => line.value)).toContain('14,8 × 21 cm');
  });
});
