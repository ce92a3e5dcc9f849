/**
 * `npm start`: the built extension in Chromium on the local Partner Center simulator (or, with
 * `--live`, on the real portal). Without a display it runs headless and saves what a user would see
 * into screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startSimulator } from '../test/simulator/server';
import { launchExtensionBrowser } from '../test/support/extension-browser';
import { captureScenes } from './scenes';

const live = process.argv.includes('--live');
const headless = !process.env.DISPLAY || process.argv.includes('--headless');
const outDir = resolve(import.meta.dirname, '../screenshots');

const sim = live ? null : await startSimulator({ log: (line) => console.log(`[simulator] ${line}`) });
const browser = await launchExtensionBrowser({
  hostRules: sim?.hostRules ?? '',
  headless,
});
const start = live
  ? 'https://partner.microsoft.com/dashboard/commercial-marketplace/overview'
  : 'https://partner.microsoft.com/en-us/dashboard/commercial-marketplace/offers/contoso-analytics/resellers';

if (headless) {
  if (live) throw new Error('--live needs a display: sign-in to Partner Center is interactive.');
  mkdirSync(outDir, { recursive: true });
  const written = await captureScenes(browser, outDir);
  for (const file of written) console.log(`screenshot: ${file}`);
  await browser.close();
  await sim?.close();
} else {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(start);
  console.log('Chromium is open with the extension. Click "CSP Assistant" on the page to open the side panel. Close the browser to stop.');
  browser.context.on('close', () => void sim?.close());
}
