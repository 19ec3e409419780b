import { describe, expect, inject, it } from 'vitest';
import { site } from '../../src/data/site.ts';
import { htmlProblems } from '../support/html-problems.ts';
import { brokenLinks } from '../support/site-links.ts';

describe('HTML', () => {
  it('every built page is valid HTML', async () => {
    expect(await htmlProblems(inject('sampleDist'))).toEqual([]);
  });

  it('every link, image, script, style, feed item and sitemap entry on the site’s own address finds its file', async () => {
    expect(await brokenLinks(inject('sampleDist'), site.url)).toEqual([]);
  });
});
