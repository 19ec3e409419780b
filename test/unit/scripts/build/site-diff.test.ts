import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleIdOfPage, diffSites } from '../../../../scripts/build/site-diff.ts';

describe('the new site against the one it replaces', () => {
  let root: string;
  const put = async (site: string, file: string, text: string, mtime?: number) => {
    const path = join(root, site, file);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
    if (mtime !== undefined) await utimes(path, mtime / 1000, mtime / 1000);
  };
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'site-diff-'));
    await put('old', 'index.html', 'trang chủ');
    await put('old', 'bai-viet/2024/a/index.html', 'bài A');
    await put('old', 'bai-viet/2024/b/index.html', 'bài B');
    await put('old', 'bai-viet/2024/xoa/index.html', 'bài bị xóa');
    await put('new', 'index.html', 'trang chữ'); // as long, other bytes
    await put('new', 'bai-viet/2024/a/index.html', 'bài A');
    await put('new', 'bai-viet/2024/b/index.html', 'bài X', 1_000); // copied from the cache long ago, yet different
    await put('new', 'bai-viet/2024/moi/index.html', 'bài mới');
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('tells files added, changed (byte for byte, at equal sizes too) and removed', async () => {
    const diff = await diffSites(join(root, 'old'), join(root, 'new'));
    expect(diff).toMatchObject({
      added: ['bai-viet/2024/moi/index.html'],
      changed: ['bai-viet/2024/b/index.html', 'index.html'],
      removed: ['bai-viet/2024/xoa/index.html'],
    });
    expect(diff.added.map(articleIdOfPage)).toEqual(['2024/moi']);
  });

  it('trusts a page copied from the cache and untouched since, when the replaced site came from that cache', async () => {
    const diff = await diffSites(join(root, 'old'), join(root, 'new'), 2_000);
    expect(diff.changed).toEqual(['index.html']);
  });

  it('treats every file as added when there is no site to replace', async () => {
    const diff = await diffSites(join(root, 'none'), join(root, 'new'));
    expect(diff.previousFiles).toBeUndefined();
    expect(diff.added).toHaveLength(4);
  });
});
