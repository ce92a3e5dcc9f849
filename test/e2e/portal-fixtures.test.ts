/**
 * Every capture under test/fixtures/portal/ — pages saved with "Save this page for a bug report" or
 * `npm start -- --capture`, open shadow roots as declarative shadow DOM — served again at the
 * address it was captured from and read by the shipped extension: the page kind, and for an audience
 * page what the reader must get right (`<name>.expected.json`). A capture of a page the assistant
 * misread, with the expectation corrected by hand, is a regression test from the day it arrives.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog } from '../simulator/catalog';
import { startSimulator, type Simulator } from '../simulator/server';
import { capturedFrom, captureTab } from '../support/capture-tab';
import { expectationOf, type CaptureExpectation } from '../support/capture-summary';
import { launchExtensionBrowser, type ExtensionBrowser } from '../support/extension-browser';

const DIR = join(import.meta.dirname, '../fixtures/portal');
const captures = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .sort();

let sim: Simulator;
let browser: ExtensionBrowser;
const urls = new Map<string, URL>();
beforeAll(async () => {
  const fixtures = new Map<string, string>();
  it('saves the page from the panel: one file, shadow roots kept, names and tenant IDs scrubbed, nothing sent', async () => {
    const portal = await browser.context.newPage();
    await portal.goto(
      'https://partner.microsoft.com/en-us/dashboard/commercial-marketplace/offers/secret-offer/resellers?reset=1&variant=wc&option=2&partners=3&name=Secret%20Offer',
    );
    await portal.locator('[data-csp-assistant="launcher"]').waitFor();
    const panel = await browser.context.newPage();
    await panel.goto(browser.panelUrl(await browser.tabIdOf(portal)));
    const download = panel.waitForEvent('download');
    await panel.getByRole('button', { name: 'Save this page for a bug report' }).click();
    const html = readFileSync(await (await download).path(), 'utf8');
    expect(await panel.locator('[data-testid="capture-page"] [role="status"]').textContent()).toContain('nothing was sent anywhere');
    expect(html).toContain('shadowrootmode="open"');
    expect(html).toContain('<html lang="en-US"');
    for (const partner of buildCatalog().slice(0, 3)) {
      expect(html).not.toContain(partner.tenantId);
      expect(html).not.toContain(partner.name);
    }
    expect(html).not.toContain('Secret Offer');
    expect(html).not.toContain('secret-offer');
    expect(html).not.toMatch(/<script/i);
    expect(browser.foreignRequests).toEqual([]);
    await Promise.all([portal.close(), panel.close()]);
  });

  for (const file of captures) {
    const html = readFileSync(join(DIR, file), 'utf8');
    const url = capturedFrom(html);
    urls.set(file, url);
    fixtures.set(`${url.pathname}${url.search}`, html);
  }
  sim = await startSimulator({ fixtures });
  browser = await launchExtensionBrowser({ hostRules: sim.hostRules });
});
afterAll(async () => {
  await browser?.close();
  await sim?.close();
});

describe('portal captures', () => {
  it('has captures to read, each with its expectation', () => {
    expect(captures.length).toBeGreaterThanOrEqual(10);
    for (const file of captures) expect(readdirSync(DIR)).toContain(file.replace(/\.html$/, '.expected.json'));
  });

  for (const file of captures) {
    it(`reads ${file} as expected`, async () => {
      const expected = JSON.parse(readFileSync(join(DIR, file.replace(/\.html$/, '.expected.json')), 'utf8')) as CaptureExpectation;
      const page = await browser.context.newPage();
      await page.goto(urls.get(file)!.href);
      if (expected.kind !== 'other') await page.locator('[data-csp-assistant="launcher"]').waitFor();
      const capture = await captureTab(browser, page);
      expect(expectationOf(capture.kind, capture.read)).toEqual(expected);
      await page.close();
    });
  }
});
