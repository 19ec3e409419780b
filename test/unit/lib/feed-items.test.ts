import { describe, expect, it } from 'vitest';
import { feedItems } from '../../../src/lib/feed-items.ts';

describe('feed items', () => {
  it('caps the feed and escapes author names', () => {
    const article = { title: 'T', url: '/a/', lede: 'L', date: new Date(0), authorNames: ['A & B'], unitName: 'U', tags: ['x'] };
    const items = feedItems(Array.from({ length: 60 }, () => article));
    expect(items).toHaveLength(50);
    expect(items[0]).toMatchObject({ categories: ['U', 'x'], customData: '<dc:creator>A &amp; B</dc:creator>' });
  });
});
