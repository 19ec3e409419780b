import type { Page } from 'playwright-core';

/**
 * Layout shift as Chromium reports it (the Layout Instability API behind CLS): every shift not caused by the reader's
 * own input, added up over the page's life (at least the largest session window Lighthouse and CrUX report).
 */
export const layoutShift = {
  /** Start recording, before the page loads. */
  watch: (page: Page) =>
    page.addInitScript(() => {
      const shifts: { value: number; sources: string[] }[] = [];
      (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
      const name = (node: Node | null) =>
        node instanceof Element ? `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${node.className ? `.${String(node.className).split(' ')[0]}` : ''}` : String(node?.nodeName);
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources: { node: Node | null }[] }[]) {
          if (!entry.hadRecentInput) shifts.push({ value: entry.value, sources: entry.sources.map((source) => name(source.node)) });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    }),
  /** The shifts so far, added up, and what moved. */
  total: (page: Page) =>
    page.evaluate(() => {
      const shifts = (window as unknown as { __shifts: { value: number; sources: string[] }[] }).__shifts;
      return { value: shifts.reduce((sum, shift) => sum + shift.value, 0), sources: shifts.map((shift) => `${shift.value.toFixed(3)} ${shift.sources.join(' ')}`) };
    }),
};

/**
 * Lighthouse's mobile network (150 ms round trips, 1.6 Mbit/s down, 750 kbit/s up): fonts and scripts arrive after
 * the first paint, as on a phone, rather than at once from localhost.
 */
export async function throttleLikeLighthouse(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
}
