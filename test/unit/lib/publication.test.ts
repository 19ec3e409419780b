import { describe, expect, it } from 'vitest';
import { buildInstant, publicationState } from '../../../src/lib/publication.ts';

const now = new Date('2024-06-01T00:00:00Z');

describe('publication', () => {
  it('holds back drafts and articles dated after the build', () => {
    expect(publicationState({ draft: false, date: new Date('2024-05-31T23:59:59Z') }, now)).toBe('published');
    expect(publicationState({ draft: false, date: new Date('2024-06-01T00:00:01Z') }, now)).toBe('scheduled');
    expect(publicationState({ draft: true, date: new Date('2020-01-01T00:00:00Z') }, now)).toBe('draft');
  });

  it('builds as of SOURCE_DATE_EPOCH when given, else the clock', () => {
    expect(buildInstant('1717200000')).toEqual(new Date('2024-06-01T00:00:00Z'));
    expect(buildInstant(undefined, () => 5)).toEqual(new Date(5));
    expect(buildInstant('', () => 5)).toEqual(new Date(5));
    expect(() => buildInstant('hôm nay')).toThrow(/SOURCE_DATE_EPOCH/);
  });
});
