/**
 * `content.read-2k-first-ms` for `npm run bench`: the content script's first read of the 2,000-row
 * Korean web-component page, cold — each time in a page opened afresh, so that its content script
 * starts with nothing kept (no grid reading, no warmed code) — as its own User Timing measure on the
 * page's main thread. One cold read is a single sample on a busy machine: the median of several.
 */
import type { BrowserContext } from 'playwright-core';

export const READ_2K_PAGE =
  'https://partner.microsoft.com/ko-kr/dashboard/commercial-marketplace/offers/bench-2k/resellers?reset=1&variant=wc&option=2&partners=2000&labels=alt';

/** Installed before any script runs: the content script takes its entries off the timeline at once. */
export const FIRST_READ_PROBE = `new PerformanceObserver((list, observer) => {
  const read = list.getEntriesByName('csp-read-audience')[0];
  if (read) {
    window.__firstRead = read.duration;
    observer.disconnect();
  }
}).observe({ type: 'measure' });`;

export async function measureFirstRead(context: BrowserContext, runs = 5): Promise<number> {
  const reads: number[] = [];
  for (let run = 0; run < runs; run++) {
    const page = await context.newPage();
    try {
      await page.addInitScript({ content: FIRST_READ_PROBE });
      await page.goto(READ_2K_PAGE);
      const handle = await page.waitForFunction(() => (window as unknown as { __firstRead?: number }).__firstRead, undefined, {
        timeout: 30_000,
      });
      const partners = await page.evaluate(() => document.querySelectorAll('he-data-grid [slot^="Action-"]').length);
      if (partners !== 2000) throw new Error(`the bench page shows ${partners} partners, not 2000`);
      reads.push((await handle.jsonValue()) as number);
    } finally {
      await page.close();
    }
  }
  return [...reads].sort((a, b) => a - b)[Math.floor(reads.length / 2)]!;
}
