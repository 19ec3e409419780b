import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/harness/chromium.ts';
import { serveDist } from '../../scripts/harness/static-host.ts';

/** The built sample site served on localhost and a Chromium to read it with, for one test file. */
export function useSampleSite() {
  const site = {} as { browser: Browser; server: Awaited<ReturnType<typeof serveDist>> };
  beforeAll(async () => {
    site.server = await serveDist(inject('sampleDist'));
    site.browser = await launchChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
