import { readFile, readdir } from 'node:fs/promises';

/**
 * The largest resident memory of this process's child processes named `name` while a task runs (Pagefind's indexer
 * is `pagefind_extended`), sampled from /proc every 50 ms. Undefined where /proc does not exist.
 */
export async function childPeakMiB<T>(name: string, task: () => Promise<T>): Promise<{ result: T; peakMiB: number | undefined }> {
  let peak: number | undefined;
  const sample = async () => {
    const entries = await readdir('/proc').catch(() => undefined);
    if (!entries) return;
    let total = 0;
    for (const entry of entries) {
      if (!/^\d+$/.test(entry)) continue;
      const status = await readFile(`/proc/${entry}/status`, 'utf8').catch(() => '');
      if (Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]) !== process.pid || !/^Name:\s+(\S+)/m.exec(status)?.[1]?.startsWith(name)) continue;
      total += Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
    }
    peak = Math.max(peak ?? 0, total / 1024);
  };
  const timer = setInterval(() => void sample(), 50);
  try {
    const result = await task();
    await sample();
    return { result, peakMiB: peak };
  } finally {
    clearInterval(timer);
  }
}
