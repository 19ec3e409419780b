import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Flags for a headless Chromium on a machine with no network but loopback. */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * The Chromium the build prints editions with, and the tests and the benchmark read pages with: `CHROMIUM_PATH`, then
 * Debian's `/usr/bin/chromium`, then the binary shipped in the `@sparticuz/chromium` npm package (Linux), so a build
 * and the tests run on a fresh machine with no system packages. There is no skip: a missing browser fails the run.
 */
export async function findChromium(): Promise<{ executablePath: string; args: string[]; source: 'env' | 'system' | 'package' }> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
    return { executablePath: fromEnv, args: FLAGS, source: 'env' };
  }
  if (existsSync('/usr/bin/chromium')) return { executablePath: '/usr/bin/chromium', args: FLAGS, source: 'system' };
  const sparticuz = (await import('@sparticuz/chromium')).default;
  sparticuz.setGraphicsMode = false;
  return {
    executablePath: await sparticuz.executablePath(),
    args: [...sparticuz.args.filter((arg) => !arg.startsWith('--single-process')), ...FLAGS],
    source: 'package',
  };
}

export async function launchChromium(): Promise<Browser> {
  const { executablePath, args } = await findChromium();
  return chromium.launch({ executablePath, args, headless: true });
}
