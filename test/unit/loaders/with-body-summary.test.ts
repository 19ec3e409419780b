import { describe, expect, it } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { BODY_SUMMARY, bodySummaryOf, withBodySummary } from '../../../src/loaders/with-body-summary.ts';

describe('withBodySummary loader', () => {
  it('stores each entry with its summary in place of the body, and passes everything else through', async () => {
    const stored: Record<string, unknown>[] = [];
    const store = { set: (entry: Record<string, unknown>) => (stored.push(entry), true), get: () => 'kept' };
    const loader = withBodySummary({
      name: 'inner',
      load: async ({ store }) => {
        expect(store.get('x')).toBe('kept');
        store.set({ id: 'a', data: { title: 'T' }, body: 'Đức phát biểu', digest: 'd1' });
      },
    });
    await loader.load({ store } as unknown as LoaderContext);
    expect(loader.name).toBe('inner+summary');
    expect(stored).toEqual([{ id: 'a', data: { title: 'T', [BODY_SUMMARY]: { words: 3 } }, digest: 'd1' }]);
    expect(bodySummaryOf(stored[0]!.data as object)).toEqual({ words: 3 });
  });
});
