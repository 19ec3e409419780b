/**
 * What an edition prints about itself, as Luật Báo chí asks (2016, Điều 34; the fields live in the site's `imprint`):
 * the masthead at the top of the first page and the colophon at the foot of the last. The web page and the PDF show
 * the same lines, from here.
 */
import type { SiteConfig } from '../schemas/site.ts';
import { formatDayVi } from '../lib/dates.ts';
import { editionUi } from '../i18n/editions.ts';

export interface Masthead {
  /** `BẢN TIN`, as the law asks it to head the first page */
  kind: string;
  /** the bulletin's name without a leading "Bản tin" (the kind says it): `Công tác Văn phòng` */
  name: string;
  organisation: string;
  governingBody: string | undefined;
  /** `Số 12 – Tháng 6/2024` */
  issue: string;
  /** `Phát hành ngày 30/06/2024` */
  published: string;
}

export interface ColophonLine {
  label: string;
  value: string;
  /** what the line is, where a program fills it in: the page count, known once the PDF is made */
  key?: 'pages' | undefined;
}

/** The facts of an edition the masthead and colophon need. */
export interface EditionFacts {
  number: number;
  date: string;
  period: string | undefined;
  printRun: number;
  printer: string;
}

const BULLETIN_PREFIX = /^bản tin\s+/iu;

/** The bulletin's name as the masthead sets it, without a leading "Bản tin" (the masthead's first word says it). */
export const bulletinName = (siteName: string) => siteName.replace(BULLETIN_PREFIX, '') || siteName;

export function masthead(site: Pick<SiteConfig, 'name' | 'organisation' | 'imprint'>, edition: EditionFacts): Masthead {
  return {
    kind: editionUi.bulletin.toLocaleUpperCase('vi'),
    name: bulletinName(site.name),
    organisation: site.organisation,
    governingBody: site.imprint?.governingBody,
    issue: editionUi.title(edition.number, edition.period),
    published: `${editionUi.published} ${formatDayVi(edition.date)}`,
  };
}

/** `1.500` for 1500: Vietnamese groups thousands with dots. */
const count = (n: number) => new Intl.NumberFormat('vi-VN').format(n);

/**
 * The colophon, in the order printers set it. `trimCm` is the edition's page; `pages` its page count, given by the PDF
 * (whose page count is written in once it is made: the line's key says where).
 */
export function colophon(site: Pick<SiteConfig, 'organisation' | 'imprint' | 'url'>, edition: EditionFacts, trimCm: { width: number; height: number }, pages?: number): ColophonLine[] {
  const f = editionUi.colophonFields;
  const imprint = site.imprint;
  const licence = imprint?.licence;
  const cm = (n: number) => String(n).replace('.', ',');
  const lines: (ColophonLine | false | undefined)[] = [
    { label: f.organisation, value: site.organisation },
    imprint?.governingBody !== undefined && { label: f.governingBody, value: imprint.governingBody },
    imprint && { label: f.responsible, value: imprint.responsible },
    licence && { label: f.licence, value: f.licenceText(licence.number, licence.issuer, formatDayVi(licence.date)) + (licence.validUntil ? f.validUntil(formatDayVi(licence.validUntil)) : '') },
    licence?.frequency !== undefined && { label: f.frequency, value: licence.frequency },
    { label: f.format, value: f.formatText(cm(trimCm.width), cm(trimCm.height)) },
    pages !== undefined && { label: f.pages, value: String(pages), key: 'pages' as const },
    { label: f.printRun, value: f.printRunText(count(edition.printRun)) },
    { label: f.printer, value: edition.printer },
    { label: f.published, value: formatDayVi(edition.date) },
    imprint?.address !== undefined && { label: f.address, value: imprint.address },
    imprint?.phone !== undefined && { label: f.phone, value: imprint.phone },
    imprint?.email !== undefined && { label: f.email, value: imprint.email },
    { label: f.web, value: site.url.replace(/^https?:\/\//, '').replace(/\/$/, '') },
  ];
  return lines.filter((line): line is ColophonLine => Boolean(line));
}

/** The trim size of the editions: the print setting, else the licence's format, else the 2016 law's 19 × 27 cm. */
export function trimSize(site: Pick<SiteConfig, 'imprint' | 'print'>): { width: number; height: number } {
  return site.print.trimCm ?? site.imprint?.licence?.format ?? { width: 19, height: 27 };
}
