/**
 * The floor under `panel.first-render-ms`: a page holding nothing but one module script, which sets
 * the same mark, opened the way the bench opens the panel (a fresh tab, same browser, same run). What
 * the panel takes beyond it is what its own HTML, scripts, words and first render cost.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext } from 'playwright-core';

export interface EmptyPage {
  /** The mark's time in one page opened afresh, in ms from its navigation's start. */
  open(): Promise<number>;
  close(): Promise<void>;
}

export async function serveEmptyPage(context: BrowserContext): Promise<EmptyPage> {
  const server = createServer((req, res) => {
    if (req.url === '/first.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end("performance.mark('csp-panel-rendered');");
    else
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<!doctype html><html><head><meta charset="utf-8"><script type="module" src="/first.js"></script></head><body></body></html>');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    async open() {
      const page = await context.newPage();
      try {
        await page.goto(url);
        const mark = await page.waitForFunction(() => performance.getEntriesByName('csp-panel-rendered')[0]?.startTime);
        return (await mark.jsonValue()) as number;
      } finally {
        await page.close();
      }
    },
    async close() {
      server.close();
    },
  };
}
