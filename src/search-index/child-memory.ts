import { readFile, readdir } from 'node:fs/promises';

/**
 * The largest resident memory of this process's child processes while a task runs (Pagefind's indexer is one),
 * sampled from /proc every 50 ms. Undefined where /proc does not exist.
 */
export async function childPeakMiB<T>(task: () => Promise<T>): Promise<{ result: T; peakMiB: number | undefined }> {
  let peak: number | undefined;
  const sample = async () => {
    const entries = await readdir('/proc').catch(() => undefined);
    if (!entries) return;
    let total = 0;
    for (const entry of entries) {
      if (!/^\d+$/.test(entry)) continue;
      const status = await readFile(`/proc/${entry}/status`, 'utf8').catch(() => '');
      if (Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]) !== process.pid) continue;
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
