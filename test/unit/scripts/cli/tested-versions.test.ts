import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TESTED_VERSIONS, isTested, untestedVersions, untestedVersionsWarning } from '../../../../scripts/cli/tested-versions.ts';
import { projectRoot } from '../../../support/paths.ts';

describe('the tested versions', () => {
  it('include the packages installed now (an upgrade widens them after the full suite, or this fails)', () => {
    expect(untestedVersions(projectRoot)).toEqual([]);
  });

  it('hold the oldest and newest version tested and the releases between, no pre-release but an end', () => {
    const range = { from: '7.3.5', to: '7.4.8' };
    for (const version of ['7.3.5', '7.3.10', '7.4.0', '7.4.8']) expect(isTested(version, range), version).toBe(true);
    for (const version of ['7.3.4', '7.4.9', '7.10.0', '8.0.0', '6.9.9', '7.4.0-beta.1', 'x']) expect(isTested(version, range), version).toBe(false);
    expect(isTested('7.5.0-beta.1', { from: '7.3.5', to: '7.5.0-beta.1' })).toBe(true);
  });
});

describe('the warning for untested versions', () => {
  it('names each installed package outside its range with the versions tested, in one Vietnamese warning', async () => {
    const root = await mkdtemp(join(tmpdir(), 'bantin-versions-'));
    try {
      const install = async (name: string, version: string) => {
        await mkdir(join(root, 'node_modules', name), { recursive: true });
        await writeFile(join(root, 'node_modules', name, 'package.json'), JSON.stringify({ name, version }));
      };
      const tested = { astro: { from: '7.3.5', to: '7.4.8' }, '@astrojs/mdx': { from: '8.1.4', to: '8.1.4' }, satteri: { from: '0.11.7', to: '0.11.7' } };
      await install('astro', '7.5.0');
      await install('@astrojs/mdx', '8.1.4');
      // satteri not installed: nothing to say of it (npm install says the rest)
      expect(untestedVersions(root, tested)).toEqual([{ name: 'astro', version: '7.5.0', tested: tested.astro }]);
      await install('@astrojs/mdx', '9.0.0');
      const warning = untestedVersionsWarning(untestedVersions(root, tested));
      expect(warning).toBe(
        'Cảnh báo: bantin chưa được thử với astro 7.5.0 (đã thử: 7.3.5 đến 7.4.8), @astrojs/mdx 9.0.0 (đã thử: 8.1.4). ' +
          'Bản dựng dựa vào vài chi tiết nội bộ của các gói này; nếu chúng đã đổi, bản dựng có thể chậm đi hoặc hỏng. ' +
          'Hãy chạy npm test trước khi xuất bản (README, mục "Framework internals we rely on").',
      );
      expect(untestedVersionsWarning([])).toBeUndefined();
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('covers Astro and its Markdown and MDX packages, what the build leans on', () => {
    expect(Object.keys(TESTED_VERSIONS).sort()).toEqual(['@astrojs/markdown-satteri', '@astrojs/mdx', 'astro', 'satteri']);
  });
});
