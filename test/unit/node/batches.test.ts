import { describe, expect, it } from 'vitest';
import { inBatches } from '../../../src/node/batches.ts';

describe('work in batches', () => {
  it('keeps the order and never has more than the batch size under way', async () => {
    let running = 0;
    let most = 0;
    const results = await inBatches([...Array(10).keys()], 3, async (n, i) => {
      most = Math.max(most, ++running);
      await new Promise((resolve) => setTimeout(resolve, 10 - n));
      running--;
      return `${n}:${i}`;
    });
    expect(results).toEqual([...Array(10).keys()].map((n) => `${n}:${n}`));
    expect(most).toBe(3);
  });
});
