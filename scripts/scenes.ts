/**
 * What `npm start` shows without a display, and what the README's screenshots are made of: each
 * scene is a Partner Center page with the panel beside it, in the state a user would see.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildCatalog } from '../test/simulator/catalog';
import type { ExtensionBrowser } from '../test/support/extension-browser';
import { sideBySide } from '../test/support/side-by-side';
import { animatedPng } from './apng';
import { requestFor, STORAGE_KEYS, writeStored } from '../test/support/extension-storage';

export interface Scene {
  file: string;
  /** The browser's language, which the panel follows. */
  locale: 'en-US' | 'ko-KR';
  url: string;
  /** Brings portal and panel to the state shown. */
  // biome-ignore lint/suspicious/noConfusingVoidType: most scenes return nothing; one returns the page to show instead of the portal.
  prepare?: (portal: Page, panel: Page, browser: ExtensionBrowser) => Promise<Page | void>;
}

const offer = (locale: string, query: string, offerId = 'contoso-analytics') =>
  `https://partner.microsoft.com/${locale}/dashboard/commercial-marketplace/offers/${offerId}/resellers?reset=1${query}`;

function sampleCsv(count: number): Buffer {
  const rows = buildCatalog(count, 7).map((p) => `${p.name},${p.tenantId},${p.country},${p.mpnId}`);
  return Buffer.from(`\ufeffPartner name,Tenant ID,Country/region,MPN ID\r\n${rows.join('\r\n')}\r\nBroken row,not-a-tenant,KR,1\r\n`);
}

async function blockedChange(portal: Page, panel: Page, option3: string, yes: string) {
  await panel.locator('[data-finding-code="optin.listing-requirements"]').waitFor();
  await portal.getByLabel(option3).check();
  const first = panel.locator('[data-testid="resale-table"] select').first();
  await first.waitFor();
  await first.selectOption({ label: yes });
  await panel.locator('[data-finding-code="transition.blocked-resold"]').waitFor();
}

export const SCENES: Scene[] = [
  {
    file: 'audience-en.png',
    locale: 'en-US',
    url: offer('en-us', '&option=2&partners=3'),
    prepare: (portal, panel) => blockedChange(portal, panel, 'No partners in the CSP program', 'Yes'),
  },
  {
    file: 'audience-ko.png',
    locale: 'ko-KR',
    url: offer('ko-kr', '&option=2&partners=3'),
    prepare: (portal, panel) => blockedChange(portal, panel, 'CSP 프로그램에 파트너가 없습니다', '예'),
  },
  {
    file: 'lists-import.png',
    locale: 'en-US',
    url: offer('en-us', '&option=2&partners=3'),
    prepare: async (_portal, panel) => {
      await panel.getByRole('tab', { name: 'Lists' }).click();
      await panel
        .locator('[data-testid="import-file"]')
        .setInputFiles({ name: 'fabrikam-resellers.csv', mimeType: 'text/csv', buffer: sampleCsv(1200) });
      await panel.locator('[data-testid="import-preview"]').waitFor();
    },
  },
  {
    file: 'support-filled-ko.png',
    locale: 'ko-KR',
    url: offer('ko-kr', '&option=2&partners=2&type=vm&name=Contoso%20VM', 'contoso-vm'),
    prepare: async (portal, panel, browser) => {
      await panel.locator('[data-finding-code="optin.listing-requirements"]').waitFor();
      await portal.getByLabel('CSP 프로그램에 파트너가 없습니다').check();
      const selects = panel.locator('[data-testid="resale-table"] select');
      await selects.nth(1).waitFor();
      await selects.nth(0).selectOption('no');
      await selects.nth(1).selectOption('no');
      await panel.locator('[data-finding-code="transition.support-request"] [data-action="prepare-support-request"]').click();
      const support = await browser.context.newPage();
      await support.setViewportSize({ width: 1100, height: 760 });
      await support.goto('https://partner.microsoft.com/ko-kr/support/request?variant=fluent&delay=300');
      await support.locator('[data-csp-assistant="launcher"] button').click();
      await support.waitForURL(/details/);
      await panel.locator('[data-report-page="details"]').waitFor();
      return support;
    },
  },
  {
    file: 'support-choose-en.png',
    locale: 'en-US',
    url: 'https://partner.microsoft.com/en-us/support/request?variant=fluent&delay=300',
    prepare: async (portal, panel, browser) => {
      const partners = [{ tenantId: '0f8fad5b-d9cb-469f-a165-70867728950e', name: 'Alpha Cloud' }];
      await writeStored(browser.serviceWorker, {
        [STORAGE_KEYS.preparedRequests]: [
          requestFor('contoso-analytics', { offerName: 'Contoso Analytics', from: 2, to: 3, partners, noResaleConfirmed: true }),
          requestFor('fabrikam-backup', { offerName: 'Fabrikam Backup', from: 1, to: 3 }),
        ],
      });
      await portal.locator('[data-csp-assistant="launcher"] button').click();
      await portal.waitForURL(/details/);
      await panel.locator('[data-testid="prepared-requests"]').waitFor();
    },
  },
  {
    file: 'lists-apply-ko.png',
    locale: 'ko-KR',
    url: offer('ko-kr', '&option=2&partners=3&published=0&variant=wc', 'fabrikam-backup'),
    prepare: async (_portal, panel) => {
      await panel.locator('#tab-lists').click();
      await panel
        .locator('[data-testid="import-file"]')
        .setInputFiles({ name: 'fabrikam-partners.csv', mimeType: 'text/csv', buffer: sampleCsv(12) });
      await panel.locator('[data-testid="import-commit"]').click();
      await panel.locator('[data-testid="import-done"]').waitFor();
      await panel.locator('[data-testid="apply-button"]').click();
      await panel.locator('[data-testid="apply-left"]').waitFor();
      await panel.locator('[data-testid="apply-list"]').scrollIntoViewIfNeeded();
    },
  },
  {
    file: 'offers-en.png',
    locale: 'en-US',
    url: offer('en-us', '&option=2&partners=4&published=1', 'northwind-backup'),
    prepare: async (_portal, panel) => {
      await panel.locator('[data-finding-code="optin.listing-requirements"]').waitFor();
      await panel.locator('#tab-offers').click();
      await panel.locator('.offer-card').first().waitFor();
    },
  },
];

export async function captureScene(browser: ExtensionBrowser, scene: Scene, outDir: string): Promise<string> {
  const portal = await browser.context.newPage();
  await portal.setViewportSize({ width: 1100, height: 760 });
  await portal.goto(scene.url);
  await portal.locator('[data-csp-assistant="launcher"]').waitFor();
  const panel = await browser.context.newPage();
  // The side panel's usual width.
  await panel.setViewportSize({ width: 360, height: 760 });
  await panel.goto(browser.panelUrl(await browser.tabIdOf(portal)));
  await panel.locator('[data-state="connected"]').waitFor();
  const shown = (await scene.prepare?.(portal, panel, browser)) ?? portal;
  // The panel may move to another tool on its own (a prepared request opens the support tool).
  await panel.waitForTimeout(300);
  const file = join(outDir, scene.file);
  const panelShot = await panel.screenshot();
  await sideBySide(browser.context, await shown.screenshot(), panelShot, file);
  // The panel alone, at its own width: readable in the README's narrow column.
  mkdirSync(join(outDir, 'panel'), { recursive: true });
  writeFileSync(join(outDir, 'panel', scene.file), panelShot);
  for (const page of new Set([shown, portal, panel])) await page.close();
  return file;
}

/**
 * The one-click fill as a short animation (APNG) for the README: the published offer, the change that
 * needs a request, and the support form filled after one click. Frames are the page and the panel side
 * by side, each the same size.
 */
export async function captureFillAnimation(browser: ExtensionBrowser, outDir: string): Promise<string> {
  const size = { width: 900, height: 600 };
  const portal = await browser.context.newPage();
  await portal.setViewportSize(size);
  await portal.goto(offer('en-us', '&option=2&partners=2&type=vm&name=Contoso%20VM', 'contoso-vm-animated'));
  await portal.locator('[data-csp-assistant="launcher"]').waitFor();
  const panel = await browser.context.newPage();
  await panel.setViewportSize({ width: 360, height: size.height });
  await panel.goto(browser.panelUrl(await browser.tabIdOf(portal)));
  const frames: Buffer[] = [];
  const frame = async (shown: Page) => {
    const file = join(outDir, '.frame.png');
    await sideBySide(browser.context, await shown.screenshot(), await panel.screenshot(), file);
    frames.push(readFileSync(file));
    rmSync(file);
  };

  await panel.locator('[data-finding-code="optin.listing-requirements"]').waitFor();
  await frame(portal);
  await portal.getByLabel('No partners in the CSP program').check();
  const selects = panel.locator('[data-testid="resale-table"] select');
  await selects.nth(1).waitFor();
  await selects.nth(0).selectOption('no');
  await selects.nth(1).selectOption('no');
  const ask = panel.locator('[data-finding-code="transition.support-request"] [data-action="prepare-support-request"]');
  await ask.waitFor();
  await ask.focus();
  await frame(portal);
  const opened = browser.context.waitForEvent('page');
  await ask.click();
  const support = await opened;
  await support.setViewportSize(size);
  await support.waitForURL(/details/, { timeout: 20_000 });
  await panel.locator('[data-report-page="details"]').waitFor();
  await panel.waitForTimeout(300);
  await frame(support);

  const file = join(outDir, 'one-click-fill.png');
  writeFileSync(file, animatedPng(frames, [1800, 2200, 5000]));
  for (const page of [support, portal, panel]) await page.close();
  return file;
}
