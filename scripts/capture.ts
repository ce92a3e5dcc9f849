/**
 * Captures of portal pages as the panel's "Save this page for a bug report" makes them.
 * - `npm start -- --capture` (simulator): rewrites test/fixtures/portal/ with captures of the
 *   simulator's pages in every family, each with `<name>.expected.json` (what the reader read on the
 *   live page), so that the fixture test has its first cases.
 * - `npm start -- --live --capture`: on the real portal, saves every audience page and support form you
 *   open into captures/, with what the assistant read there. Check the files, then attach them to an
 *   issue (they are scrubbed, but you are the judge of what leaves your machine).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { captureTab } from '../test/support/capture-tab';
import { expectationOf } from '../test/support/capture-summary';
import type { ExtensionBrowser } from '../test/support/extension-browser';

const PAGES: [name: string, path: string][] = [
  ...(['native', 'aria', 'fluent', 'wc'] as const).flatMap((family): [string, string][] => [
    [
      `audience-${family}-en`,
      `en-us/dashboard/commercial-marketplace/offers/fixture-${family}/resellers?reset=1&variant=${family}&option=2&partners=3`,
    ],
    [
      `audience-${family}-ko`,
      `ko-kr/dashboard/commercial-marketplace/offers/fixture-${family}/resellers?reset=1&variant=${family}&option=2&partners=3&labels=alt`,
    ],
    [`support-${family}-en`, `en-us/support/request?variant=${family}`],
  ]),
  [
    'audience-wc-ko-type-unlabelled',
    'ko-kr/dashboard/commercial-marketplace/offers/fixture-unlabelled/resellers?reset=1&variant=wc&option=3&type=container&typeLabel=unlabelled',
  ],
  ['support-wc-ko-kr-english-form', 'ko-kr/support/request?variant=wc&formLang=en'],
];

async function settled(page: Page): Promise<void> {
  await page.locator('[data-csp-assistant="launcher"]').first().waitFor({ timeout: 10_000 });
  // The form's late options and the content script's debounce.
  await page.waitForTimeout(600);
}

export async function captureSimulatorFixtures(browser: ExtensionBrowser, dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  for (const [name, path] of PAGES) {
    const page = await browser.context.newPage();
    await page.goto(`https://partner.microsoft.com/${path}`);
    await settled(page);
    const capture = await captureTab(browser, page);
    writeFileSync(join(dir, `${name}.html`), capture.html);
    writeFileSync(join(dir, `${name}.expected.json`), `${JSON.stringify(expectationOf(capture.kind, capture.read), null, 2)}\n`);
    console.log(`capture: ${join(dir, name)}.html`);
    await page.close();
  }
}

/** Live portal: every audience page or support form the user opens is captured once it settles. */
export function captureWhileBrowsing(browser: ExtensionBrowser, dir: string): void {
  mkdirSync(dir, { recursive: true });
  const watch = (page: Page) =>
    page.on('load', () => {
      void (async () => {
        await page.waitForTimeout(2000);
        const capture = await captureTab(browser, page).catch(() => null);
        if (!capture || capture.kind === 'other') return;
        const name = `${capture.kind}-${new Date().toISOString().replace(/[:.]/g, '-')}`;
        writeFileSync(join(dir, `${name}.html`), capture.html);
        writeFileSync(join(dir, `${name}.read.json`), `${JSON.stringify(expectationOf(capture.kind, capture.read), null, 2)}\n`);
        console.log(`capture: ${join(dir, name)}.html — what the assistant read is beside it; correct it into .expected.json for a test`);
      })();
    });
  browser.context.pages().forEach(watch);
  browser.context.on('page', watch);
}
