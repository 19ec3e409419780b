import { describe, expect, it } from 'vitest';
import { headlineOf } from '../../../../scripts/build/article-changes.ts';

describe('an article page’s headline', () => {
  it('is read from its h1, entities decoded', () => {
    expect(headlineOf('<main><h1 class="article__title" data-search="title">Hội nghị &amp; &quot;tổng kết&quot; &#39;2024&#39;</h1>')).toBe(
      `Hội nghị & "tổng kết" '2024'`,
    );
    expect(headlineOf('<main></main>')).toBeUndefined();
  });
});
