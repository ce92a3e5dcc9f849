/**
 * `npm start`: the built extension in Chromium on the local Partner Center simulator (or, with
 * `--live`, on the real portal). Without a display it runs headless and saves what a user would see
 * into docs/screenshots/, in Chromium and (one picture) Firefox ESR. `--capture` saves scrubbed captures of portal pages (see scripts/capture.ts).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startSimulator } from '../test/simulator/server';
import { launchExtensionBrowser } from '../test/support/extension-browser';
import { captureSimulatorFixtures, captureWhileBrowsing } from './capture';
import { captureFirefoxScene } from './firefox-scene';
import { captureFillAnimation, captureScene, SCENES } from './scenes';
import { sideBySide } from '../test/support/side-by-side';

const live = process.argv.includes('--live');
const capture = process.argv.includes('--capture');
const headless = !process.env.DISPLAY || process.argv.includes('--headless');
const outDir = resolve(import.meta.dirname, '../docs/screenshots');

if (live && headless) {
  console.error('npm start -- --live needs a display: signing in to Partner Center is interactive.');
  process.exit(2);
}

const sim = live ? null : await startSimulator();

if (capture && !live) {
  // The simulator's pages become the first portal fixtures (see scripts/capture.ts).
  const browser = await launchExtensionBrowser({ hostRules: sim!.hostRules });
  await captureSimulatorFixtures(browser, resolve(import.meta.dirname, '../test/fixtures/portal'));
  await browser.close();
  await sim!.close();
} else if (headless) {
  mkdirSync(outDir, { recursive: true });
  for (const locale of ['en-US', 'ko-KR'] as const) {
    const browser = await launchExtensionBrowser({ hostRules: sim!.hostRules, locale });
    for (const scene of SCENES.filter((s) => s.locale === locale)) console.log(`screenshot: ${await captureScene(browser, scene, outDir)}`);
    if (locale === 'en-US') {
      console.log(`animation: ${await captureFillAnimation(browser, outDir)}`);
      const compose = (portal: Buffer, panel: Buffer, file: string) => sideBySide(browser.context, portal, panel, file);
      console.log(`screenshot: ${await captureFirefoxScene(sim!.port, outDir, compose)}`);
    }
    await browser.close();
  }
  await sim?.close();
} else {
  const browser = await launchExtensionBrowser({ hostRules: sim?.hostRules ?? '', headless: false });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(
    live
      ? 'https://partner.microsoft.com/dashboard/commercial-marketplace/overview'
      : 'https://partner.microsoft.com/en-us/dashboard/commercial-marketplace/offers/contoso-analytics/resellers',
  );
  if (capture) captureWhileBrowsing(browser, resolve(import.meta.dirname, '../captures'));
  console.log('Chromium is open with the extension. Select "CSP Assistant" on the page to open the side panel. Close the browser to stop.');
  browser.context.on('close', () => void sim?.close());
}
