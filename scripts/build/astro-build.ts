/**
 * The Astro half of `npm run build`, run in a process of its own by scripts/build.ts so that Astro's memory is
 * returned before the search index is built: `node scripts/build/astro-build.ts --outDir <dir>`.
 */
import { parseArgs } from 'node:util';
import { build, type AstroIntegration } from 'astro';
import { withoutViteEnv } from './vite-env.ts';

withoutViteEnv(process.env);

const { values } = parseArgs({ options: { outDir: { type: 'string' } } });
if (!values.outDir) throw new Error('--outDir is required');

/**
 * Run by scripts/build.ts, which copies Astro's cached pages into the output folder (page-cache.ts) while Astro
 * starts, then says so: Astro builds nothing before, so no copy can land over a page it has just written.
 */
const outputReady = new Promise<void>((ready) => {
  if (!process.send) return ready();
  process.once('message', () => ready());
});

/**
 * Astro does not say how many pages it will write before it writes them: its prerenderer is wrapped to tell
 * scripts/build.ts, for the progress line (`setPrerenderer`, Astro's hook for adapters, given Astro's default one).
 */
const countPages: AstroIntegration = {
  name: 'bantin:count-pages',
  hooks: {
    'astro:build:start': ({ setPrerenderer }) =>
      setPrerenderer((prerenderer) => ({
        ...prerenderer,
        async getStaticPaths() {
          const paths = await prerenderer.getStaticPaths();
          // Astro 7.3 gives the list; 7.4 `{ paths, metadata }` (the bare list is deprecated there).
          const list = Array.isArray(paths) ? paths : (paths as { paths: unknown[] }).paths;
          if (process.connected) process.send!({ pages: list.length });
          return paths;
        },
      })),
  },
};

try {
  await build({
    outDir: values.outDir,
    // The output folder is fresh but for the copied pages, which Astro keeps.
    vite: { build: { emptyOutDir: false } },
    integrations: [{ name: 'bantin:output-ready', hooks: { 'astro:build:start': () => outputReady } }, countPages],
  });
  // The channel to scripts/build.ts would keep this process alive.
  if (process.connected) process.disconnect();
} catch (error) {
  const e = error as { message?: string; loc?: { file?: string; line?: number }; hint?: string };
  const where = e.loc?.file ? `${e.loc.file}${e.loc.line ? `:${e.loc.line}` : ''}: ` : '';
  // Bundler errors carry their stack inside the message: the editor needs the file and the problem.
  const message = (e.message ?? String(error))
    .split('\n')
    .filter((line) => !/^\s+at /.test(line))
    .join('\n');
  console.error(`\n${where}${message}`);
  if (e.hint) console.error(`Gợi ý: ${e.hint}`);
  process.exit(1);
}
