/**
 * npm run build [-- --outDir <dir>]: build the site next to the published one, then swap it in.
 * A build that fails for any reason leaves the previous dist/ exactly as it was.
 */
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'astro';

// Vite reads these from the environment into import.meta.env: a shell that happens to set DEV=1 would otherwise
// build development markup. The build's output depends on the commit alone.
for (const name of ['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'SITE', 'ASSETS_PREFIX']) delete process.env[name];

const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
const target = resolve(values.outDir);
const staging = `${target}.next`;
const previous = `${target}.previous`;

await rm(staging, { recursive: true, force: true });
try {
  await build({ outDir: staging });
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  const e = error as { message?: string; loc?: { file?: string; line?: number }; hint?: string };
  const where = e.loc?.file ? `${e.loc.file}${e.loc.line ? `:${e.loc.line}` : ''}: ` : '';
  // Bundler errors carry their stack inside the message: the editor needs the file and the problem.
  const message = (e.message ?? String(error))
    .split('\n')
    .filter((line) => !/^\s+at /.test(line))
    .join('\n');
  console.error(`\nThe build failed; ${values.outDir}/ was left as it was.\n${where}${message}`);
  if (e.hint) console.error(`Hint: ${e.hint}`);
  process.exit(1);
}

await rm(previous, { recursive: true, force: true });
if (existsSync(target)) await rename(target, previous);
await rename(staging, target);
await rm(previous, { recursive: true, force: true });
console.log(`Published the new build to ${values.outDir}/`);
