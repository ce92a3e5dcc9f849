/**
 * A saved list applied to the offer on the page, on every family of controls, in English and Korean:
 * through the portal's import, through "Select CSP Partners" when there is no import, a partner the
 * portal refuses named, and removals from a published offer turned into a support request. What the
 * table holds afterwards is read from the simulator's own state, not from the panel.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildCatalog, type CatalogPartner } from '../simulator/catalog';
import { sessionPerFile } from '../support/e2e-session';
import { readStored, STORAGE_KEYS } from '../support/extension-storage';
import type { SupportRequest } from '../../src/core/support-request/request';

const session = sessionPerFile();
let panel: Page;

// The simulator's catalog (its "Select CSP Partners" lists these); the page starts with the first three.
const catalog = buildCatalog();
const three = catalog.slice(3, 6);
// Partners from outside the simulator's catalog: only its import takes them.
const fiveHundred = buildCatalog(500, 4242);

function csv(partners: CatalogPartner[]): Buffer {
  const rows = [['Tenant ID', 'Partner name', 'Country/region'], ...partners.map((p) => [p.tenantId, p.name, p.country])];
  return Buffer.from(`${rows.map((r) => r.join(',')).join('\r\n')}\r\n`, 'utf8');
}

async function importList(name: string, partners: CatalogPartner[]): Promise<void> {
  await panel.locator('[data-testid="import-file"]').setInputFiles({ name: `${name}.csv`, mimeType: 'text/csv', buffer: csv(partners) });
  await panel.locator('[data-testid="import-commit"]').click();
  await panel.locator('[data-testid="import-done"]').waitFor();
}

const offerUrl = (portal: string, offer: string, query: string) =>
  `https://partner.microsoft.com/${portal}/dashboard/commercial-marketplace/offers/${offer}/resellers?reset=1&option=2&partners=3&${query}`;

/** The panel beside a freshly opened offer, on the lists tool, with `list` chosen. */
async function besideOffer(url: string, list: string): Promise<Page> {
  const portal = await session.browser.context.newPage();
  await portal.goto(url);
  await portal.locator('[data-csp-assistant="launcher"]').waitFor();
  await panel.goto(session.browser.panelUrl(await session.browser.tabIdOf(portal)));
  await panel.getByRole('tab', { name: 'Lists' }).click();
  const option = panel.locator('[data-testid="list-select"] option', { hasText: `${list} (` });
  await panel.locator('[data-testid="list-select"]').selectOption((await option.getAttribute('value'))!);
  return portal;
}

/** The partners the simulated portal holds for the offer on this page (its own state, in localStorage). */
function tableOf(portal: Page): Promise<string[]> {
  return portal.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('sim-audience:') && location.pathname.includes(`/${k.split(':')[2]}/`));
    return (JSON.parse(localStorage.getItem(key ?? '') ?? '{"partners":[]}') as { partners: string[] }).partners;
  });
}

async function applyAndWait(): Promise<string> {
  await panel.locator('[data-testid="apply-button"]').click();
  const outcome = panel.locator('[data-testid="apply-outcome"]');
  await outcome.waitFor({ timeout: 12000 });
  // Focus follows the work: the Apply button went away while the list was applied, and the result has its focus.
  await expect.poll(() => outcome.evaluate((el) => el === document.activeElement)).toBe(true);
  return (await outcome.textContent()) ?? '';
}

beforeAll(async () => {
  const portal = await session.browser.context.newPage();
  await portal.goto(offerUrl('en-us', 'setup-offer', 'published=0'));
  await portal.locator('[data-csp-assistant="launcher"]').waitFor();
  panel = await session.browser.context.newPage();
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.goto(session.browser.panelUrl(await session.browser.tabIdOf(portal)));
  await panel.getByRole('tab', { name: 'Lists' }).click();
  await importList('three', three);
  await importList('five-hundred', fiveHundred);
  await importList('published-mix', [catalog[2]!, catalog[6]!]);
  await portal.close();
});

describe('applying a saved list to the offer on the page', () => {
  for (const family of ['native', 'aria', 'fluent', 'wc', 'shoelace'] as const) {
    for (const locale of ['en-us', 'ko-kr'] as const) {
      it(`${family}, ${locale}: a 3-partner and a 500-partner list through the portal's import, then Save draft is asked`, async () => {
        const portal = await besideOffer(offerUrl(locale, `apply-${family}-${locale}`, `variant=${family}&published=0`), 'three');
        // Never published: the three partners on the page that are not in the list come off the table.
        expect(await applyAndWait()).toContain("Added 3 partners to the table, through the portal's import.");
        await expect.poll(() => tableOf(portal)).toEqual(three.map((p) => p.tenantId));
        await expect
          .poll(() => panel.locator('[data-testid="apply-left"] li').allTextContents())
          .toEqual(['Select “Save draft”.', 'Then publish the offer, so the partners can sell it.']);
        await expect.poll(() => panel.locator('[data-testid="apply-nothing"]').count()).toBe(1);

        const option = panel.locator('[data-testid="list-select"] option', { hasText: 'five-hundred (' });
        await panel.locator('[data-testid="list-select"]').selectOption((await option.getAttribute('value'))!);
        expect(await applyAndWait()).toContain('Added 500 partners');
        await expect.poll(() => tableOf(portal)).toEqual(fiveHundred.map((p) => p.tenantId));
        expect(await portal.getByText(/Unsaved changes|저장되지 않은 변경 내용/).count()).toBe(1);
        await portal.close();
      });
    }
  }

  for (const [family, locale] of [
    ['aria', 'en-us'],
    ['wc', 'ko-kr'],
    ['shoelace', 'en-us'],
    ['shoelace', 'ko-kr'],
  ] as const) {
    it(`${family}, ${locale}: without an import, through "Select CSP Partners"; a partner the portal refuses is named`, async () => {
      const refused = three[1]!;
      const portal = await besideOffer(
        offerUrl(locale, `dialog-${family}-${locale}`, `variant=${family}&published=0&import=absent&refuse=${refused.tenantId}`),
        'three',
      );
      const outcome = await applyAndWait();
      expect(outcome).toContain('Added 2 partners to the table, through “Select CSP Partners”.');
      expect(await panel.locator('[data-testid="apply-refused-list"] li').allTextContents()).toEqual([
        expect.stringContaining(refused.name),
      ]);
      await expect.poll(() => tableOf(portal)).toEqual([three[0]!.tenantId, three[2]!.tenantId]);
      await portal.close();
    });
  }

  /** The simulator's own record of an offer's table, by its ID (the page's address may no longer name it). */
  const tableOfOffer = (portal: Page, offerId: string) =>
    portal.evaluate(
      (id) => (JSON.parse(localStorage.getItem(`sim-audience:en:${id}`) ?? '{"partners":[]}') as { partners: string[] }).partners,
      offerId,
    );

  /**
   * The tab moved to another offer (or its table changed) between the plan and the order's arrival. The
   * panel re-reads a page that changes, so the window is short: the order is sent as the panel sends it,
   * from the panel's page, with the plan it would have made a moment before.
   */
  it('an order planned on another offer or another table is refused by the page, which is left as it was', async () => {
    const portal = await besideOffer(offerUrl('en-us', 'moved-from', 'published=0'), 'three');
    const tabId = await session.browser.tabIdOf(portal);
    const before = await tableOfOffer(portal, 'moved-from');
    const order = { add: three, remove: [] };
    const send = (target: { offerId: string; tenantIds: string[] }) =>
      panel.evaluate(
        async ({ tabId, order, target }) => {
          const { value } = await chrome.tabs.sendMessage(tabId, { type: 'read-audience' }, { frameId: 0 });
          await chrome.scripting.executeScript({ target: { tabId, allFrames: true }, files: ['page-actions.js'] });
          return chrome.tabs.sendMessage(tabId, { type: 'apply-partners', order, target: { ...target, frame: value.frame } });
        },
        { tabId, order, target },
      );
    // Planned for this offer with a partner it no longer shows.
    expect(await send({ offerId: 'moved-from', tenantIds: [...before].sort().slice(1) })).toEqual({
      ok: true,
      value: { wrongPage: 'table-changed' },
    });
    // The tab moved on to another offer since the plan.
    await portal.evaluate(() => history.pushState(null, '', location.href.replace('/moved-from/', '/moved-to/')));
    expect(await send({ offerId: 'moved-from', tenantIds: [...before].sort() })).toEqual({ ok: true, value: { wrongPage: 'other-offer' } });
    expect(await tableOfOffer(portal, 'moved-from')).toEqual(before);
    expect(await tableOfOffer(portal, 'moved-to')).toEqual([]);
    await portal.close();
  });

  it('a second audience frame in the tab is left alone: only the page the panel read gets the list', async () => {
    const portal = await session.browser.context.newPage();
    await portal.goto(offerUrl('en-us', 'framed-top', 'published=0'));
    await portal.evaluate(
      (src) => {
        const frame = document.createElement('iframe');
        frame.src = src;
        frame.style.cssText = 'width:900px;height:700px';
        document.body.append(frame);
      },
      offerUrl('en-us', 'framed-inner', 'published=0'),
    );
    await portal.frameLocator('iframe').locator('[data-csp-assistant="launcher"]').waitFor();
    const inner = portal.frames().find((f) => f !== portal.mainFrame())!;
    const innerBefore = await inner.evaluate(() => localStorage.getItem('sim-audience:en:framed-inner'));
    await panel.goto(session.browser.panelUrl(await session.browser.tabIdOf(portal)));
    await panel.getByRole('tab', { name: 'Lists' }).click();
    const option = panel.locator('[data-testid="list-select"] option', { hasText: 'three (' });
    await panel.locator('[data-testid="list-select"]').selectOption((await option.getAttribute('value'))!);
    expect(await applyAndWait()).toContain('Added 3 partners');
    await expect.poll(() => tableOfOffer(portal, 'framed-top')).toEqual(three.map((p) => p.tenantId));
    expect(await inner.evaluate(() => localStorage.getItem('sim-audience:en:framed-inner'))).toBe(innerBefore);
    await portal.close();
  });

  it('a page with no way to add partners applies nothing, not even the removals, and says which part is missing', async () => {
    const portal = await besideOffer(offerUrl('en-us', 'no-way-to-add', 'published=0&import=absent&select=absent'), 'three');
    await applyAndWait();
    expect(await panel.locator('[data-testid="apply-missing"] li').allTextContents()).toEqual([
      'a way to add partners (“Import/Export” or “Select CSP Partners”)',
    ]);
    expect(await tableOf(portal)).toEqual(catalog.slice(0, 3).map((p) => p.tenantId));
    await portal.close();
  });

  it('a cancel stops before the portal is asked for more: the dialog is closed unadded, and the panel says so', async () => {
    const portal = await besideOffer(offerUrl('en-us', 'cancelled', 'published=0&import=absent&searchDelay=2500'), 'three');
    await panel.locator('[data-testid="apply-button"]').click();
    const progress = panel.locator('[data-testid="apply-progress"]');
    // Each search answers after 2.5 s: the first partner is ticked, two are still to come.
    await expect.poll(() => progress.textContent(), { timeout: 10_000 }).toContain('Selecting partners · 1 / 3');
    await panel.locator('[data-testid="apply-cancel"]').click();
    await panel.locator('[data-testid="apply-outcome"]').waitFor();
    expect(await panel.locator('[data-testid="apply-outcome"]').textContent()).toContain('Apply cancelled.');
    // The removals were done before the cancel; nothing was added, and the dialog is gone.
    await expect.poll(() => tableOf(portal)).toEqual([]);
    expect(await portal.getByRole('dialog').count()).toBe(0);
    expect(await panel.locator('[data-testid="apply-refused"]').count()).toBe(0);
    await portal.close();
  });

  it('a published offer: additions go on the page, removals become a request without the partner who resold', async () => {
    const portal = await besideOffer(offerUrl('ko-kr', 'published-mix', 'variant=fluent&published=1'), 'published-mix');
    const removals = panel.locator('[data-testid="apply-removals"]');
    await removals.waitFor();
    await expect.poll(() => removals.locator('h4').textContent()).toBe('2 partners to remove need a support request');
    const prepare = panel.locator('[data-testid="apply-prepare-removal"]');
    expect(await prepare.isDisabled()).toBe(true);

    expect(await applyAndWait()).toContain("Added 1 partner to the table, through the portal's import.");
    // Nothing left the page: the two partners stay until Microsoft deauthorises them.
    await expect.poll(() => tableOf(portal)).toEqual([...catalog.slice(0, 3), catalog[6]!].map((p) => p.tenantId));
    await expect
      .poll(() => panel.locator('[data-testid="apply-left"] li').allTextContents())
      .toEqual(['Select “Save draft”.', 'Then select “Sync CSP audience”.']);

    const selects = removals.locator('[data-testid="resale-table"] select');
    await selects.nth(0).selectOption('yes');
    await selects.nth(1).selectOption('no');
    await expect
      .poll(() => panel.locator('[data-testid="apply-removals-blocked"]').textContent())
      .toBe("1 partner resold the offer and can't be removed.");
    await expect.poll(() => prepare.textContent()).toBe('Prepare the request for 1 partner');
    await prepare.click();
    await expect
      .poll(async () => ((await readStored<SupportRequest[]>(session.browser.serviceWorker, STORAGE_KEYS.preparedRequests)) ?? []).length)
      .toBe(1);
    const [request] = (await readStored<SupportRequest[]>(session.browser.serviceWorker, STORAGE_KEYS.preparedRequests))!;
    expect(request).toMatchObject({ offerId: 'published-mix', from: 2, to: 2, partners: [{ tenantId: catalog[1]!.tenantId }] });
    await portal.close();
  });

  it('lists every offer seen in this run in the offers view, with what is live, the list each matches, and opens one', async () => {
    const portal = await besideOffer(offerUrl('en-us', 'offers-view', 'published=0'), 'three');
    await panel.getByRole('tab', { name: 'Offers' }).click();
    const card = (offerId: string) => panel.locator(`[data-offer-id="${offerId}"]`);
    // The setup page, ten family pages, four dialog pages, the refused orders' page and where the tab moved,
    // the framed page (not its inner frame), the missing-part and cancelled pages, the published offer, and this one.
    await expect.poll(() => panel.locator('[data-testid="offers-count"]').textContent()).toBe('22 offers');
    // Seen published with nothing unsaved: its three partners were taken as live; the page now has a fourth.
    expect(await card('published-mix').locator('[data-testid="offer-live"]').textContent()).toBe('2 · Specific partners (3)');
    expect(await card('published-mix').textContent()).toContain('differs from live');
    expect(await card('apply-native-en-us').locator('[data-testid="offer-live"]').textContent()).toBe('Not published yet');
    expect(await card('apply-wc-ko-kr').textContent()).toContain('Matches listfive-hundred');
    await panel.locator('[data-testid="offers-search"]').fill('dialog-');
    await expect.poll(() => panel.locator('.offer-card').count()).toBe(4);
    await panel.locator('[data-testid="offers-search"]').fill('nothing-like-this');
    expect(await panel.locator('[data-testid="offers-count"]').textContent()).toBe('No offers match “nothing-like-this”.');
    await panel.locator('[data-testid="offers-search"]').fill('');
    await card('setup-offer').getByRole('button', { name: 'Contoso Analytics' }).click();
    await expect.poll(() => new URL(portal.url()).pathname).toContain('/offers/setup-offer/resellers');
    await portal.close();
  });
});
