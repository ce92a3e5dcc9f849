/**
 * A full session (audience, lists, autofill) sends nothing anywhere but the simulated portal; and the
 * faults a user can cause — closing the panel mid-import, two panels writing at once — lose nothing
 * and leave nothing half-written.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sessionPerFile } from '../support/e2e-session';
import { requestFor, seedPending } from '../support/extension-storage';

const session = sessionPerFile();

function bigCsv(rows: number): Buffer {
  const lines = ['Partner name,Tenant ID'];
  for (let i = 0; i < rows; i++) {
    const hex = i.toString(16).padStart(12, '0');
    lines.push(`Partner ${i},${hex.slice(0, 8)}-${hex.slice(8, 12)}-4000-a000-${hex}`);
  }
  return Buffer.from(lines.join('\r\n'));
}

async function openPanel(portal: Page): Promise<Page> {
  const panel = await session.browser.context.newPage();
  await panel.goto(session.browser.panelUrl(await session.browser.tabIdOf(portal)));
  await panel.getByRole('tab', { name: 'Lists' }).click();
  await panel.locator('[data-testid="storage-status"]', { hasText: /saved lists?$/ }).waitFor();
  return panel;
}

/**
 * Holds the panel's storage worker in the middle of a commit on purpose: every IndexedDB write waits
 * (synchronously, so the transaction stays open) before it is made. A 200,000-row commit otherwise
 * takes ~150 ms here, too short a window to act in reliably.
 */
async function slowStorageWrites(panel: Page, msPerWrite: number): Promise<void> {
  const [worker] = panel.workers();
  if (!worker) throw new Error('the panel has no storage worker');
  await worker.evaluate((ms) => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      const until = performance.now() + ms;
      while (performance.now() < until);
      return put.apply(this, args);
    };
  }, msPerWrite);
}

const listNames = (panel: Page) => panel.locator('[data-testid="list-select"] option').allTextContents();

describe('privacy and faults', () => {
  let portal: Page;

  it('leaves nothing when the panel is closed in the middle of an import', async () => {
    portal = await session.browser.context.newPage();
    await portal.goto(
      'https://partner.microsoft.com/en-us/dashboard/commercial-marketplace/offers/faults/resellers?reset=1&option=2&partners=2',
    );
    await portal.locator('[data-csp-assistant="launcher"]').waitFor();
    const panel = await openPanel(portal);
    await panel.locator('[data-testid="import-file"]').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: bigCsv(200_000) });
    await slowStorageWrites(panel, 40);
    await panel.locator('[data-testid="import-commit"]').click();
    // The first progress comes after the first of twenty batches: the commit is under way. Closing
    // the panel ends its worker, and the open transaction is rolled back.
    await panel.locator('progress[value]:not([value="0"])').waitFor({ timeout: 10_000 });
    await panel.close();
    const again = await openPanel(portal);
    await again.locator('[data-testid="lists-empty"]').waitFor();
    expect(await listNames(again)).toEqual([]);
    await again.close();
  });

  it('recovers when the storage worker fails mid-import: says so, keeps nothing partial, and imports again', async () => {
    const panel = await openPanel(portal);
    await panel.locator('[data-testid="import-file"]').setInputFiles({ name: 'crash.csv', mimeType: 'text/csv', buffer: bigCsv(200_000) });
    await slowStorageWrites(panel, 40);
    await panel.locator('[data-testid="import-commit"]').click();
    await panel.locator('progress[value]:not([value="0"])').waitFor({ timeout: 10_000 });
    const [worker] = panel.workers();
    await worker!.evaluate(() => {
      setTimeout(() => {
        throw new Error('simulated worker fault');
      });
    });
    await panel.locator('[data-testid="storage-restarted"]').waitFor();
    expect(await panel.locator('[data-testid="import-error"]').textContent()).toBe(
      'Storage stopped in the middle of the import. Nothing of it was saved: try again.',
    );
    await panel.locator('[data-testid="lists-empty"]').waitFor();
    await panel.locator('[data-testid="import-file"]').setInputFiles({ name: 'again.csv', mimeType: 'text/csv', buffer: bigCsv(100) });
    await panel.locator('[data-testid="import-commit"]').click();
    await expect.poll(() => listNames(panel)).toEqual(['again (100)']);
    await panel.close();
  });

  it('a cancel the publisher chooses mid-import: counts while it writes, no second import meanwhile, a plain notice, nothing written', async () => {
    const panel = await openPanel(portal);
    const before = await listNames(panel);
    await panel
      .locator('[data-testid="import-file"]')
      .setInputFiles({ name: 'cancel-me.csv', mimeType: 'text/csv', buffer: bigCsv(200_000) });
    await slowStorageWrites(panel, 40);
    await panel.locator('[data-testid="import-commit"]').click();
    await panel.locator('progress[value]:not([value="0"])').waitFor({ timeout: 10_000 });
    expect(await panel.locator('[data-testid="import-count"]').textContent()).toMatch(/^[\d,]+ \/ 200,000$/);
    expect(await panel.locator('[data-testid="import-file"]').isDisabled()).toBe(true);
    await panel.locator('.import-progress').getByRole('button', { name: 'Cancel' }).click();
    await panel.locator('[data-testid="import-cancelled"]').waitFor();
    expect(await panel.locator('[data-testid="import-cancelled"]').textContent()).toBe('Import cancelled: nothing was written.');
    expect(await panel.locator('[data-testid="import-error"]').count()).toBe(0);
    expect(await panel.locator('[data-testid="import-file"]').isDisabled()).toBe(false);
    expect(await listNames(panel)).toEqual(before);
    await panel.close();
  });

  it('two panels writing at once both keep their writes, and both show them', async () => {
    const [a, b] = [await openPanel(portal), await openPanel(portal)];
    const before = (await listNames(a)).length;
    // One click at a time in a page: Playwright keeps one hit-target check per page, so a second click
    // started there while the first is under way swallows the first one's events. The writes still overlap.
    // "New list" asks for the name: the proposed one is taken.
    const newList = async (panel: Page) => {
      await panel.getByRole('button', { name: 'New list' }).click();
      await panel.getByRole('button', { name: 'Create list' }).click();
    };
    const clicksInA = async () => {
      await newList(a);
      await a.locator('[data-testid="save-page-as-list"]').click();
    };
    await Promise.all([clicksInA(), newList(b)]);
    await expect.poll(async () => (await listNames(a)).length).toBe(before + 3);
    await expect.poll(async () => (await listNames(b)).sort()).toEqual((await listNames(a)).sort());
    await Promise.all([a.close(), b.close()]);
  });

  it('a full session made no request to any host but the simulated portal', async () => {
    // Audience, lists and (in the other files) autofill ran in this browser; this one adds the autofill.
    await seedPending(session.browser.serviceWorker, requestFor('p'));
    const support = await session.browser.context.newPage();
    await support.goto('https://partner.microsoft.com/en-us/support/request?variant=fluent');
    await support.locator('[data-csp-assistant="launcher"] button').click();
    await support.waitForURL(/details/);
    expect(session.browser.foreignRequests).toEqual([]);
    const own = `chrome-extension://${session.browser.extensionId}/`;
    expect(session.browser.extensionRequests.filter((url) => !url.startsWith(own))).toEqual([]);
    expect(session.sim.submissions()).toEqual([]);
  });
});
