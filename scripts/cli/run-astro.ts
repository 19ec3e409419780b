/**
 * One of Astro's own commands (`astro dev`, `astro preview`) run for a bantin command, its output as it is; Ctrl-C
 * stops it, and this process ends with its exit code.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export function runAstro(args: string[]): void {
  const astro = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
  const child = spawn(process.execPath, [astro, ...args], { stdio: 'inherit' });
  // The terminal sends Ctrl-C to both; a `kill` of this process is passed on.
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
