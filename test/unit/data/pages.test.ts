import { afterAll, describe, expect, it, vi } from 'vitest';
import { bulletin, edit } from '../../fixtures/bulletin-content.ts';
import { forgetData, freshData, type Content } from '../../support/astro-content.ts';
import { site } from '../../../src/site.config.ts';

vi.mock('astro:content', () => import('../../support/astro-content.ts').then((m) => m.mockedAstroContent()));
vi.stubGlobal('__BANTIN_SHOW_DRAFTS__', false);
afterAll(forgetData);

async function pages(content: Content) {
  const { getPages } = await freshData(content).pages();
  return getPages();
}

describe('getPages', () => {
  it('sorts the pages by title in Vietnamese and links them in the configuration’s order', async () => {
    const { all, nav, footer } = await pages(bulletin());
    expect(all.map((p) => p.title)).toEqual(['Chính sách sử dụng', 'Giới thiệu', 'Liên hệ']);
    expect(nav.map((p) => p.id)).toEqual(site.navPages);
    expect(footer.map((p) => p.id)).toEqual(site.footerPages);
    expect(footer[0]!.url).toBe(`/${site.footerPages[0]}/`);
  });

  it('leaves a draft out, and unlinked, in a production build', async () => {
    const drafted = edit(bulletin(), (c) => (c.pages![1]!.data['draft'] = true));
    const { all, footer } = await pages(drafted);
    expect(all.map((p) => p.id)).not.toContain('lien-he');
    expect(footer.map((p) => p.id)).toEqual(site.footerPages.filter((id) => id !== 'lien-he'));
  });
});
