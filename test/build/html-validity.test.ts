import { describe, expect, inject, it } from 'vitest';
import { htmlProblems } from '../support/html-problems.ts';

describe('HTML', () => {
  it('every built page is valid HTML', async () => {
    expect(await htmlProblems(inject('sampleDist'))).toEqual([]);
  });
});
