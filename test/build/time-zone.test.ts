import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { buildSiteOrThrow } from '../support/build-site.ts';
import { listFiles } from '../support/dist.ts';
import { tmpRoot } from '../support/paths.ts';

describe('the build machine’s time zone', () => {
  it('does not change a byte of dist/ (Los Angeles vs Tokyo)', async () => {
    const losAngeles = inject('sampleDist');
    const tokyo = join(tmpRoot, 'sample-dist-tokyo');
    await rm(tokyo, { recursive: true, force: true });
    await buildSiteOrThrow({ outDir: tokyo, tz: 'Asia/Tokyo' });
    const files = await listFiles(losAngeles);
    expect(await listFiles(tokyo)).toEqual(files);
    const differing: string[] = [];
    for (const file of files) {
      const [a, b] = await Promise.all([readFile(join(losAngeles, file)), readFile(join(tokyo, file))]);
      if (!a.equals(b)) differing.push(file);
    }
    expect(differing).toEqual([]);
  });
});
