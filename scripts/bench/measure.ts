import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Measurement {
  wallSeconds: number;
  /** user + system CPU seconds of the command and everything it started (GNU time) */
  cpuSeconds: number | undefined;
  /** largest resident set of any single process: GNU time's figure, or the largest sampled if that is higher */
  peakProcessMiB: number | undefined;
  /** largest sum of resident sets over the whole process tree, sampled every 100 ms */
  peakTreeMiB: number;
  code: number | null;
  output: string;
}

const TIME = '/usr/bin/time';

/** Resident memory of a process tree: the sum, and the largest single process. */
async function treeRssKiB(root: number): Promise<{ total: number; largest: number }> {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of await readdir('/proc').catch(() => [] as string[])) {
    if (!/^\d+$/.test(entry)) continue;
    const status = await readFile(`/proc/${entry}/status`, 'utf8').catch(() => '');
    const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
    rss.set(Number(entry), Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0));
    children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
  }
  let total = 0;
  let largest = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    largest = Math.max(largest, rss.get(pid) ?? 0);
    stack.push(...(children.get(pid) ?? []));
  }
  return { total, largest };
}

/** Run a command to completion (in `cwd`, by default this process's), measuring wall time, CPU time and memory. */
export async function measure(command: string, args: string[], env: NodeJS.ProcessEnv, onLine?: (line: string) => void, cwd?: string): Promise<Measurement> {
  const useTime = existsSync(TIME);
  const timeFile = join(tmpdir(), `bantin-bench-${process.pid}-${Date.now()}.time`);
  const [cmd, argv] = useTime ? [TIME, ['-f', '%e %U %S %M', '-o', timeFile, command, ...args]] : [command, args];
  const started = performance.now();
  const child = spawn(cmd, argv, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let pending = '';
  const take = (chunk: Buffer) => {
    output += chunk;
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const line of lines) onLine?.(line);
  };
  child.stdout.on('data', take);
  child.stderr.on('data', take);
  // GNU time sees only the children a process waits for: Pagefind's indexer, stopped by close(), is not one.
  let peakTree = 0;
  let peakSampled = 0;
  const sampler = setInterval(() => {
    void treeRssKiB(child.pid!).then(({ total, largest }) => {
      peakTree = Math.max(peakTree, total);
      peakSampled = Math.max(peakSampled, largest);
    });
  }, 100);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  const wallSeconds = (performance.now() - started) / 1000;
  let cpuSeconds: number | undefined;
  let peakProcessMiB: number | undefined;
  if (useTime) {
    const line = (await readFile(timeFile, 'utf8').catch(() => '')).trim().split('\n').at(-1) ?? '';
    const [, user, system, maxKiB] = line.split(' ').map(Number);
    if (Number.isFinite(user) && Number.isFinite(system)) cpuSeconds = user! + system!;
    if (Number.isFinite(maxKiB)) peakProcessMiB = maxKiB! / 1024;
    await rm(timeFile, { force: true });
  }
  peakProcessMiB = Math.max(peakProcessMiB ?? 0, peakSampled / 1024);
  return { wallSeconds, cpuSeconds, peakProcessMiB, peakTreeMiB: peakTree / 1024, code, output };
}
