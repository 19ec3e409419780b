import { describe, expect, it } from 'vitest';
import { groupWarnings } from '../../../../scripts/build/repeated-warnings.ts';

describe('repeated warnings', () => {
  it('are told once per kind: the first few, then a line with the count', () => {
    const messages = [
      ...Array.from({ length: 40 }, (_, i) => `[assets] ảnh content/articles/2024/bai-${i}/anh.jpg rộng ${3000 + i} px, nên dưới 2000 px`),
      'một cảnh báo khác',
    ];
    expect(groupWarnings(messages, 2, 'đủ trong dist.log')).toEqual([
      messages[0],
      messages[1],
      '… và 38 cảnh báo khác cùng loại (đủ trong dist.log)',
      'một cảnh báo khác',
    ]);
  });
});
