/**
 * One of Astro's own commands (`astro dev`, `astro preview`) run for a bantin command, its output as it is; Ctrl-C
 * stops it, and this process ends with its exit code.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { OptionHelp } from './args.ts';

/** Where Astro's server listens, for `npm run dev` and `npm run preview`. */
export const SERVER_OPTIONS = {
  port: { type: 'string', value: '<cổng>', help: 'cổng của trang (mặc định 4321)' },
  host: { type: 'string', value: '<địa chỉ>', help: 'địa chỉ lắng nghe, ví dụ 0.0.0.0 để xem từ điện thoại cùng mạng (mặc định chỉ máy này)' },
} satisfies Record<string, OptionHelp>;

/** `astro <command>` with the server options given. */
export function runAstroServer(command: 'dev' | 'preview', values: { port?: string | undefined; host?: string | undefined }): void {
  runAstro([command, ...(values.port ? ['--port', values.port] : []), ...(values.host ? ['--host', values.host] : [])]);
}

export function runAstro(args: string[]): void {
  const astro = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
  const child = spawn(process.execPath, [astro, ...args], { stdio: 'inherit' });
  // The terminal sends Ctrl-C to both; a `kill` of this process is passed on.
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
