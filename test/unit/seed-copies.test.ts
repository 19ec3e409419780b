import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/paths.ts';

const shared = join(projectRoot, '../shared/seeds');
const copies = join(projectRoot, 'test/fixtures/seeds');

describe('seed fixtures', () => {
  it.runIf(existsSync(shared))('are byte-for-byte copies of ../shared/seeds (checked wherever shared/ is beside the clone)', async () => {
    const names = (await readdir(shared)).sort();
    expect((await readdir(copies)).sort()).toEqual(expect.arrayContaining(names));
    for (const name of names) {
      expect((await readFile(join(copies, name))).equals(await readFile(join(shared, name))), name).toBe(true);
    }
  });
});
