import { describe, expect, it } from 'vitest';
import { readTextSize, stepTextSize, TEXT_SIZES } from '../../../src/lib/text-size-steps.ts';

describe('text size control', () => {
  it('steps through the sizes and stops at either end', () => {
    expect(stepTextSize(100, 1)).toBe(112.5);
    expect(stepTextSize(200, 1)).toBe(200);
    expect(stepTextSize(100, -1)).toBe(100);
    expect(stepTextSize(150, -1)).toBe(125);
  });
  it('only trusts a stored size it knows', () => {
    expect(readTextSize('150')).toBe(150);
    expect(readTextSize('9999')).toBe(100);
    expect(readTextSize(null)).toBe(100);
    expect(TEXT_SIZES.at(-1)).toBe(200);
  });
});
