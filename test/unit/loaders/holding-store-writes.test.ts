import { describe, expect, it, vi } from 'vitest';
import type { Loader, LoaderContext } from 'astro/loaders';
import { holdingStoreWrites } from '../../../src/loaders/holding-store-writes.ts';

/** A loader that runs for `ms` and the meta store it was given, recording when each key was set. */
function slowLoader(ms: number) {
  const sets: number[] = [];
  const context = { meta: { set: () => sets.push(Date.now()) } } as unknown as LoaderContext;
  const loader: Loader = { name: 'slow', load: () => new Promise((done) => setTimeout(done, ms)) };
  return { sets, context, loader };
}

describe('holdingStoreWrites', () => {
  it('touches the meta store more often than Astro’s half-second countdown while the loader runs, and stops after', async () => {
    vi.useFakeTimers();
    try {
      const { sets, context, loader } = slowLoader(3_000);
      const wrapped = holdingStoreWrites(loader);
      expect(wrapped.name).toBe('slow+held-writes');
      const done = wrapped.load(context);
      await vi.advanceTimersByTimeAsync(3_000);
      await done;
      const gaps = sets.map((at, i) => at - (sets[i - 1] ?? 0)).slice(1);
      expect(sets.length).toBeGreaterThanOrEqual(10);
      expect(Math.max(...gaps)).toBeLessThan(500);
      const count = sets.length;
      await vi.advanceTimersByTimeAsync(2_000);
      expect(sets.length).toBe(count);
    } finally {
      vi.useRealTimers();
    }
  });
});
