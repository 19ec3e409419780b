import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { generateArchive } from '../src/lib/bench/generate-archive.ts';
import { textPool } from '../src/lib/bench/text-pool.ts';
const [count, out] = [Number(process.argv[2]), process.argv[3]!];
const seeds = 'test/fixtures/seeds';
const pool = textPool(await Promise.all((await readdir(seeds)).sort().map((f) => readFile(join(seeds, f), 'utf8'))));
await rm(out, { recursive: true, force: true });
for (const f of generateArchive(count, pool)) { await mkdir(dirname(join(out, f.path)), { recursive: true }); await writeFile(join(out, f.path), f.content); }
