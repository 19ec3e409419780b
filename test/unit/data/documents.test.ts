import { afterAll, describe, expect, it, vi } from 'vitest';
import { article, articleFile, bulletin, document, edit, VPCP } from '../../fixtures/bulletin-content.ts';
import { forgetData, freshData, type Content } from '../../support/astro-content.ts';

vi.mock('astro:content', () => import('../../support/astro-content.ts').then((m) => m.mockedAstroContent()));
vi.stubGlobal('__BANTIN_SHOW_DRAFTS__', false);
afterAll(forgetData);

async function documents(content: Content, attachmentBytes?: number) {
  const { getDocuments } = await freshData(content, undefined, attachmentBytes).documents();
  return getDocuments();
}
const ids = (list: readonly { id: string }[] | undefined) => (list ?? []).map((d) => d.id);

const more = edit(bulletin(), (c) =>
  c.documents!.push(
    document('12-qd-ttg', { kind: 'Quyết định', number: '12/2024/QĐ-TTg', issuer: VPCP, issued: '2024-06-14', status: 'hết hiệu lực' }),
    document('7-qd-ttg', { kind: 'Quyết định', number: '7/QĐ-TTg', issuer: VPCP, issued: '2024-06-14', files: ['./Toàn văn.PDF'] }),
  ),
);

describe('getDocuments', () => {
  it('lists the newest issued first, the same day by number (7 before 12)', async () => {
    expect(ids((await documents(more)).all)).toEqual(['7-qd-ttg', '12-qd-ttg', '35-ct-tw', '05-ct-tw']);
  });

  it('links what replaces what both ways, a replaced document marked so unless its status says otherwise', async () => {
    const { byId } = await documents(more);
    expect(byId.get('05-ct-tw')!.replacedBy?.id).toBe('35-ct-tw');
    expect(ids(byId.get('35-ct-tw')!.replaces)).toEqual(['05-ct-tw']);
    expect(byId.get('05-ct-tw')!.status).toBe('bi-thay-the');
    expect(byId.get('35-ct-tw')!.status).toBe('con-hieu-luc');
    expect(byId.get('12-qd-ttg')!.status).toBe('het-hieu-luc');
  });

  it('lists the published articles citing each, newest first, and no draft', async () => {
    const content = edit(bulletin(), (c) => {
      articleFile(c, '2024/chuyen-doi-so').cites = ['35-ct-tw'];
      c.articles.push(article('2024/ban-nhap', '2024-03-02T08:00:00+07:00', VPCP, { draft: true }, { cites: ['35-ct-tw'] }));
    });
    const { byId } = await documents(content);
    expect(ids(byId.get('35-ct-tw')!.citedBy)).toEqual(['2024/chuyen-doi-so', '2024/dang-uy-hop']);
  });

  it('names the issuer by its unit when it is one, and gives the title, the year and whether the number carries it', async () => {
    const { byId } = await documents(more);
    const decision = byId.get('12-qd-ttg')!;
    expect(decision.issuer).toMatchObject({ name: 'Văn phòng Chính phủ', slug: VPCP });
    expect(decision.title).toBe('Quyết định số 12/2024/QĐ-TTg');
    expect([decision.year, decision.normative]).toEqual([2024, true]);
    expect(byId.get('35-ct-tw')!.issuer).toMatchObject({ name: 'Ban Chấp hành Trung ương', slug: 'ban-chap-hanh-trung-uong', unit: undefined });
    expect(byId.get('35-ct-tw')!.normative).toBe(false);
  });

  it('publishes attachments under ASCII names, with their type and size', async () => {
    const { byId } = await documents(more, 2048);
    expect(byId.get('7-qd-ttg')!.files).toMatchObject([{ name: 'toan-van.pdf', url: '/van-ban/7-qd-ttg/toan-van.pdf', title: 'Toàn văn.PDF', type: 'PDF', bytes: 2048 }]);
  });

  it('gives the filters’ values in the list’s order: kinds and issuers by name, years newest first, statuses as defined', async () => {
    const { facets } = await documents(more);
    const values = (list: { slug: string; documents: unknown[] }[]) => list.map((v) => `${v.slug}:${v.documents.length}`);
    expect(values(facets.kind)).toEqual(['chi-thi:2', 'quyet-dinh:2']);
    expect(values(facets.issuer)).toEqual(['ban-chap-hanh-trung-uong:2', `${VPCP}:2`]);
    expect(values(facets.year)).toEqual(['2024:3', '2021:1']);
    expect(values(facets.status)).toEqual(['con-hieu-luc:2', 'het-hieu-luc:1', 'bi-thay-the:1']);
  });
});
