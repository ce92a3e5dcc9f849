/**
 * Every capture under test/fixtures/portal/ — pages saved with "Save this page for a bug report" or
 * `npm start -- --capture`, open shadow roots as declarative shadow DOM — served again at the
 * address it was captured from and read by the shipped extension: the page kind, and for an audience
 * page what the reader must get right (`<name>.expected.json`). A capture of a page the assistant
 * misread, with the expectation corrected by hand, is a regression test from the day it arrives.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
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

/**
 * The file a publisher saves for a public issue, on each kind of page: opened again in the browser,
 * it shows the page's structure and words, and none of what was planted on it.
 */
describe('the capture a publisher saves', () => {
  const partners = buildCatalog().slice(0, 3);
  const PHONE = '+82 10-5555-0199';
  const audienceUrl = (query: string) =>
    `https://partner.microsoft.com/en-us/dashboard/commercial-marketplace/offers/secret-offer/resellers?reset=1&option=2&partners=3&name=Secret%20Offer&${query}`;

  /** Saves the page shown in `portal` from the panel, after the review, and opens the file in a fresh tab. */
  async function saveAndOpen(portal: Page): Promise<{ html: string; words: string[]; saved: Page }> {
    const panel = await browser.context.newPage();
    await panel.goto(browser.panelUrl(await browser.tabIdOf(portal)));
    // The first of them: a page the assistant could not read has one in its notice, above the footer's (both save the page).
    await panel.getByRole('button', { name: 'Save this page for a bug report' }).first().click();
    // Before anything is saved, the panel shows what the file keeps as page words, and asks.
    const review = panel.locator('[data-testid="capture-review"]');
    await review.waitFor();
    const words = await review.locator('[data-testid="capture-words"] li').allTextContents();
    const download = panel.waitForEvent('download');
    await review.getByRole('button', { name: 'Save the file' }).click();
    // Saved under the name the panel gives it: a browser opens it as a web page by its .html ending.
    const file = await download;
    const path = join(mkdtempSync(join(tmpdir(), 'csp-capture-')), file.suggestedFilename());
    await file.saveAs(path);
    expect(path).toMatch(/\.html$/);
    const html = readFileSync(path, 'utf8');
    expect(await panel.locator('[data-testid="capture-page"] [role="status"]').textContent()).toContain('nothing was sent anywhere');
    await panel.close();
    const saved = await browser.context.newPage();
    await saved.goto(pathToFileURL(path).href);
    return { html, words, saved };
  }

  function expectNothingPlanted(html: string, words: string[], planted: string[]): void {
    for (const secret of planted) {
      expect(html, secret).not.toContain(secret);
      expect(words.join('\n'), secret).not.toContain(secret);
    }
    expect(html).not.toMatch(/<script|\son[a-z]+=|javascript:/i);
    // The file's first lines say what was kept, replaced and removed.
    expect(html.slice(0, html.indexOf('-->'))).toMatch(/Kept:[\s\S]*Replaced by placeholders[\s\S]*Removed:/);
  }

  const plantedOnAudience = [...partners.flatMap((p) => [p.tenantId, p.name]), 'Secret Offer', 'secret-offer'];

  it('an audience page read fine: shadow roots kept, partners, offer name and ID replaced', async () => {
    const portal = await browser.context.newPage();
    await portal.goto(audienceUrl('variant=wc'));
    await portal.locator('[data-csp-assistant="launcher"]').waitFor();
    const { html, words, saved } = await saveAndOpen(portal);
    expectNothingPlanted(html, words, plantedOnAudience);
    expect(html).toContain('shadowrootmode="open"');
    expect(words).toEqual(expect.arrayContaining(['Select CSP Partners', 'Tenant ID']));
    // Opened again, the page still has its options and its grid of (placeholder) rows, in its shadow roots.
    expect(await saved.getByRole('radio').count()).toBe(3);
    expect(await saved.getByRole('row').count()).toBeGreaterThanOrEqual(4);
    expect(browser.foreignRequests).toEqual([]);
    await Promise.all([portal.close(), saved.close()]);
  });

  it('an audience page the assistant could not read: the same scrub, though nothing was read', async () => {
    const portal = await browser.context.newPage();
    await portal.goto(audienceUrl('variant=aria&markup=changed'));
    await portal.locator('[data-csp-assistant="launcher"]').waitFor();
    const { html, words, saved } = await saveAndOpen(portal);
    expectNothingPlanted(html, words, plantedOnAudience);
    expect(await saved.getByRole('radio').count()).toBe(3);
    await Promise.all([portal.close(), saved.close()]);
  });

  it('a support form on its details step, with the contact fields filled', async () => {
    const portal = await browser.context.newPage();
    await portal.goto('https://partner.microsoft.com/en-us/support/request/details?variant=fluent');
    await portal.locator('[data-csp-assistant="launcher"]').waitFor();
    await portal.getByRole('textbox', { name: /^Title/ }).fill('Deauthorize CSP for Secret Offer');
    await portal
      .getByRole('textbox', { name: /^Description/ })
      .fill(`Remove ${partners[0]!.name} (${partners[0]!.tenantId}), mail jose@contoso.com`);
    await portal.getByRole('textbox', { name: /^Phone/ }).fill(PHONE);
    const { html, words, saved } = await saveAndOpen(portal);
    expectNothingPlanted(html, words, [
      PHONE,
      '5555',
      'Secret Offer',
      partners[0]!.name,
      partners[0]!.tenantId,
      'jose@contoso.com',
      'contoso',
    ]);
    expect(words).toEqual(expect.arrayContaining(['Submit']));
    expect(await saved.getByRole('textbox').count()).toBeGreaterThanOrEqual(3);
    await Promise.all([portal.close(), saved.close()]);
  });
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
