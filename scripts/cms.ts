/**
 * npm run cms [-- --port <cổng>] [--backend-port <cổng>]
 * The web editor on this machine: Decap CMS's local backend (decap-server, which reads and writes the files of
 * this repository) and the dev server, together; prints the editor's address; Ctrl-C stops both. Ports are free
 * ones (the site's 4321 when it is free), or those given.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { CMS_PROXY } from '../src/integrations/cms.ts';
import { localCmsRepo } from '../src/node/project-dirs.ts';
import { basePath, sitePaths } from '../src/lib/paths.ts';
import { readArgs, usageError, type Command } from './cli/args.ts';
import { siteConfigOrExit } from './cli/site-config.ts';

const CMS = {
  name: 'npm run cms',
  summary:
    'mở trang biên tập trên máy này: máy chủ lưu bài (decap-server, ghi thẳng vào các tệp của kho này) và máy chủ\n' +
    'trang, cùng lúc; in địa chỉ trang biên tập; bấm Ctrl-C để dừng cả hai.',
  usage: '[-- --port <cổng>] [--backend-port <cổng>]',
  options: {
    port: { type: 'string', value: '<cổng>', help: 'cổng của trang (mặc định 4321 nếu còn trống, nếu không thì một cổng trống bất kỳ)' },
    'backend-port': { type: 'string', value: '<cổng>', help: 'cổng của máy chủ lưu bài (decap-server; mặc định một cổng trống bất kỳ)' },
  },
  examples: ['npm run cms', 'npm run cms -- --port 8080'],
} satisfies Command;
const HOST = '127.0.0.1';

function portArg(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) usageError(CMS, `--${name} "${value}" không phải số cổng (1–65535).`);
  return port;
}

/** `port` if nothing listens on it, else (or without one) a port the system says is free. */
function freePort(port = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => (error.code === 'EADDRINUSE' && port !== 0 ? resolve(freePort(0)) : reject(error)));
    server.listen(port, HOST, () => {
      const { port: found } = server.address() as { port: number };
      server.close(() => resolve(found));
    });
  });
}

/** Resolves once `probe` succeeds, polling; rejects when `child` exits first. */
async function ready(child: ChildProcess, probe: () => Promise<boolean>): Promise<void> {
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`exited with ${code}`))));
  const poll = (async () => {
    for (;;) {
      if (await probe().catch(() => false)) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();
  await Promise.race([poll, exited]);
}

const { values } = readArgs(CMS);
const site = await siteConfigOrExit();
const paths = sitePaths(basePath(site.url));
const sitePort = portArg(values.port, 'port') ?? (await freePort(4321));
const backendPort = portArg(values['backend-port'], 'backend-port') ?? (await freePort());
const backendUrl = `http://${HOST}:${backendPort}/api/v1`;
const adminUrl = `http://localhost:${sitePort}${paths.admin()}`;
const { repoDir } = localCmsRepo();

const children: ChildProcess[] = [];
let stopping = false;
function stop(code: number) {
  if (stopping) return;
  stopping = true;
  let left = children.filter((child) => child.exitCode === null && child.signalCode === null);
  if (left.length === 0) process.exit(code);
  for (const child of left) {
    child.once('exit', () => {
      left = left.filter((other) => other !== child);
      if (left.length === 0) process.exit(code);
    });
    child.kill('SIGTERM');
  }
  // A child that ignores SIGTERM is not left running.
  setTimeout(() => {
    for (const child of left) child.kill('SIGKILL');
  }, 5000).unref();
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

// The local backend: unauthenticated, so it listens on this machine only and answers only local pages.
const backend = spawn(process.execPath, [createRequire(import.meta.url).resolve('decap-server/dist/index.js')], {
  cwd: repoDir,
  env: { ...process.env, PORT: String(backendPort), BIND_HOST: HOST, MODE: 'fs', GIT_REPO_DIRECTORY: repoDir, LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const astro = spawn(process.execPath, [fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url)), 'dev', '--port', String(sitePort), '--host', HOST], {
  env: { ...process.env, [CMS_PROXY]: backendUrl },
  stdio: ['ignore', 'inherit', 'inherit'],
});
children.push(backend, astro);
for (const child of children) {
  child.once('exit', (code) => {
    if (!stopping) {
      console.error(`\nTrang biên tập đã dừng: ${child === backend ? 'máy chủ lưu bài (decap-server)' : 'máy chủ trang (astro dev)'} thoát với mã ${code}.`);
      stop(1);
    }
  });
}

try {
  await Promise.all([
    ready(backend, async () => (await fetch(backendUrl, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"action":"info"}' })).ok),
    ready(astro, async () => (await fetch(`http://${HOST}:${sitePort}/admin/`)).ok),
  ]);
} catch {
  // The exit handlers above have said which one stopped.
}
if (!stopping) {
  console.log(`\nTrang biên tập: ${adminUrl}\n(bài và ảnh được lưu thẳng vào thư mục ${repoDir}; bấm Ctrl-C để dừng)\n`);
}
