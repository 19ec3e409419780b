import { describe, expect, it } from 'vitest';
import { summariseBody } from '../../../src/lib/body-summary.ts';

describe('body summary', () => {
  it('counts words, ignoring HTML tags', () => {
    expect(summariseBody('Đảng ủy <span class="đ">họp</span> bàn **đề án** tồn đọng.')).toEqual({ words: 8 });
  });
});
