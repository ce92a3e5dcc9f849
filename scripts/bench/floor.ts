/**
 * The floor (SPEC §5) in the bench's browser, on a loopback origin of its own: a page that starts the
 * floor worker (nothing but PapaParse and Dexie) for each run. Kept open so that each import can be
 * paired with a floor measured just before it, under the same load.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ExtensionBrowser } from '../../test/support/extension-browser';

export interface Floor {
  /** One run over `csv`: its parse and write, in ms. */
  run(csv: string): Promise<number>;
  close(): Promise<void>;
}

export async function openFloor(browser: ExtensionBrowser, workerFile: string): Promise<Floor> {
  const script = readFileSync(workerFile);
  const server = createServer((req, res) => {
    if (req.url === '/floor.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    else res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>floor</title>');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const page = await browser.context.newPage();
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  return {
    run: (csv) =>
      page.evaluate(
        (text) =>
          new Promise<number>((done) => {
            const worker = new Worker('/floor.js', { type: 'module' });
            worker.onmessage = (e: MessageEvent<number>) => {
              worker.terminate();
              done(e.data);
            };
            worker.postMessage(text);
          }),
        csv,
      ),
    async close() {
      await page.close();
      server.close();
    },
  };
}
