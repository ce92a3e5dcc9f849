/**
 * `content.read-2k-first-ms` for `npm run bench`: the content script's first read of the 2,000-row
 * Korean web-component page, cold — each time in a page opened afresh, so that its content script
 * starts with nothing kept (no grid reading, no warmed code) — as its own User Timing measure on the
 * page's main thread. One cold read is a single sample on a busy machine: the median of several.
 *
 * Beside each read, on the same page once it is idle, its floor: the least DOM work that yields the
 * three columns' 6,000 texts (row, cell, slot, slotted element, text), in a fresh isolated world as a
 * content script's is, so that every node it touches gets its wrapper made there, as the read's do.
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

/** The floor's walk, as source text (tsx would wrap inner functions in helpers the page lacks). */
const BARE_WALK = `(() => {
  const grid = document.querySelector('he-data-grid').shadowRoot.querySelector('[role="grid"]');
  const started = performance.now();
  const texts = [];
  for (let row = grid.firstElementChild; row; row = row.nextElementSibling) {
    let cell = row.firstElementChild;
    for (let column = 0; column < 3 && cell; column++, cell = cell.nextElementSibling) {
      const slot = cell.firstElementChild;
      if (slot && slot.tagName === 'SLOT') texts.push(slot.assignedElements()[0]?.textContent ?? '');
    }
  }
  return [performance.now() - started, texts.length];
})()`;

export interface FirstReads {
  read: number;
  floor: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function measureFirstRead(context: BrowserContext, runs = 5): Promise<FirstReads> {
  const reads: number[] = [];
  const floors: number[] = [];
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
      const cdp = await context.newCDPSession(page);
      const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
      const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', {
        frameId: frameTree.frame.id,
        worldName: 'bench-floor',
      })) as { executionContextId: number };
      const { result } = (await cdp.send('Runtime.evaluate', {
        contextId: executionContextId,
        expression: BARE_WALK,
        returnByValue: true,
      })) as {
        result: { value: [number, number] };
      };
      const [ms, texts] = result.value;
      if (texts !== 6000) throw new Error(`the floor's walk read ${texts} texts, not 6,000 (three columns of 2,000 rows)`);
      floors.push(ms);
      await cdp.detach();
    } finally {
      await page.close();
    }
  }
  return { read: median(reads), floor: median(floors) };
}
