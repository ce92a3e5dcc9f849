/**
 * One-click support request autofill in real Chromium against the simulated support form: native and
 * Fluent-like variants, English and Korean, late options, React-controlled inputs, prefilled
 * dropdowns kept, a missing option reported, and never a submission.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { SupportRequest } from '../../src/core/support-request/request';
import type { FillReport } from '../../src/portal/support-form/report';
import { useSession } from '../support/e2e-session';

const session = useSession();


const ALPHA = { tenantId: '0f8fad5b-d9cb-469f-a165-70867728950e', name: 'Alpha Cloud' };

const REQUEST: SupportRequest = {
  offerId: 'contoso-vm',
  offerName: 'Contoso VM',
  offerType: 'vm',
  from: 2,
  to: 3,
  partners: [ALPHA],
  noResaleConfirmed: true,
  createdAt: new Date().toISOString(),
};

async function seedPending(request: SupportRequest): Promise<void> {
  await session.browser.serviceWorker.evaluate(async (r) => {
    await chrome.storage.local.set({ pendingSupportRequest: { request: r, stage: 'request', autoFill: false } });
    await chrome.storage.local.remove('fillReports');
  }, request);
}

async function reports(): Promise<FillReport[]> {
  return session.browser.serviceWorker.evaluate(async () => ((await chrome.storage.local.get('fillReports')).fillReports ?? []) as FillReport[]);
}

/** The field's value after the page re-rendered it from its own state (a blur elsewhere). */
async function settledValue(page: Page, selector: string): Promise<string> {
  await page.locator('h1').click();
  return page.locator(selector).inputValue();
}

const TITLES = { en: 'Deauthorize CSP', ko: 'CSP 권한 부여 취소' } as const;

describe('support request autofill', () => {
  it('from the panel: prepares the request from the findings, opens the short link, fills both pages, never submits', async () => {
    const portal = await session.browser.context.newPage();
    await portal.goto('https://partner.microsoft.com/en-us/dashboard/commercial-marketplace/offers/flow-offer/resellers?reset=1&option=2&partners=2&type=vm&name=Flow%20VM');
    await portal.locator('[data-csp-assistant="launcher"]').waitFor();
    const panel = await session.browser.context.newPage();
    await panel.goto(session.browser.panelUrl(await session.browser.tabIdOf(portal)));
    await panel.locator('[data-finding-code="optin.listing-requirements"]').waitFor();
    await portal.getByLabel('No partners in the CSP program').check();
    const selects = panel.locator('[data-testid="resale-table"] select');
    await expect.poll(() => selects.count()).toBe(2);
    await selects.nth(0).selectOption('no');
    await selects.nth(1).selectOption('no');
    await panel.locator('[data-finding-code="transition.support-request"] button').click();
    await panel.locator('[data-testid="support-request"]').waitFor();

    const opened = session.browser.context.waitForEvent('page');
    await panel.locator('[data-testid="fill-request"]').click();
    const support = await opened;
    await support.waitForURL(/\/en-us\/support\/request\/details/, { timeout: 20_000 });
    await expect.poll(() => settledValue(support, '#field-title')).toBe('Deauthorize CSP');
    const description = await support.locator('#field-description').inputValue();
    expect(description).toContain('Offer ID: flow-offer');
    expect(description).toContain('Requested option: Option 3: No partners in the CSP program');
    expect(description).toContain('We confirm that none of these partners has resold this offer to customers.');
    expect(description.match(/\([0-9a-f-]{36}\)/g)).toHaveLength(2);

    await panel.locator('[data-report-page="details"]').waitFor();
    expect(await panel.locator('[data-report-page="request"] [data-status="kept-prefilled"]').count()).toBe(2);
    expect(await panel.locator('[data-testid="user-must-fill"]').textContent()).toContain('Severity');
    // Filled: the launcher on the page goes back to opening the panel.
    await expect.poll(() => support.locator('[data-csp-assistant="launcher"] button').textContent()).toBe('CSP Assistant');
    expect(session.sim.submissions()).toEqual([]);
    await Promise.all([portal.close(), panel.close(), support.close()]);
  });

  for (const variant of [
    { name: 'native, en', query: 'variant=native', locale: 'en' as const },
    { name: 'native, ko, portal wording variants', query: 'variant=native&labels=alt', locale: 'ko' as const },
    { name: 'Fluent, en, options 400 ms late', query: 'variant=fluent&delay=400', locale: 'en' as const },
    { name: 'Fluent, ko, wording variants, options 250 ms late', query: 'variant=fluent&delay=250&labels=alt', locale: 'ko' as const },
  ]) {
    it(`from the launcher on the support page (${variant.name})`, async () => {
      await seedPending(REQUEST);
      const page = await session.browser.context.newPage();
      await page.goto(`https://partner.microsoft.com/${variant.locale}-${variant.locale === 'en' ? 'us' : 'kr'}/support/request?${variant.query}`);
      const launcher = page.locator('[data-csp-assistant="launcher"] button');
      await expect.poll(() => launcher.textContent()).toBe('Fill support request');
      await launcher.click();
      await page.waitForURL(/\/support\/request\/details/, { timeout: 20_000 });
      await expect.poll(() => settledValue(page, '#field-title')).toBe(TITLES[variant.locale]);
      expect(await settledValue(page, '#field-description')).toContain(ALPHA.tenantId);

      const [request, details] = await reports();
      expect(request?.fields.map((f) => [f.field, f.status])).toEqual([
        ['productVersion', 'filled'],
        ['category', 'filled'],
        ['problem', 'filled'],
        ['prefilled', 'kept-prefilled'],
        ['prefilled', 'kept-prefilled'],
        ['next', 'filled'],
      ]);
      expect(request?.fields.find((f) => f.field === 'category')?.value).toBe(variant.locale === 'ko' ? '가상 머신' : 'Virtual Machine');
      expect(details?.fields.map((f) => [f.field, f.status])).toEqual([
        ['title', 'filled'],
        ['description', 'filled'],
      ]);
      // The page kept what we chose on page 1, prefilled dropdowns included.
      const summary = await page.locator('.summary li').allTextContents();
      expect(summary.slice(0, 2)).toEqual(variant.locale === 'ko' ? ['상업용 마켓플레이스', '마켓플레이스 제품'] : ['Commercial Marketplace', 'Marketplace offers']);
      expect(session.sim.submissions()).toEqual([]);
      await page.close();
    });
  }

  it('reports a missing option and fills nothing after it', async () => {
    await seedPending(REQUEST);
    const page = await session.browser.context.newPage();
    await page.goto('https://partner.microsoft.com/en-us/support/request?variant=native&missing=live');
    await page.locator('[data-csp-assistant="launcher"] button').click();
    await expect.poll(async () => (await reports()).length).toBe(1);
    const [report] = await reports();
    expect(report?.fields).toEqual([
      {
        field: 'productVersion',
        status: 'option-missing',
        label: 'Select the product version',
        candidates: ['New offer creation', 'Offer in preview', 'Payout and tax'],
      },
      { field: 'prefilled', status: 'kept-prefilled', label: 'Problem area', value: 'Commercial Marketplace' },
      { field: 'prefilled', status: 'kept-prefilled', label: 'Program', value: 'Marketplace offers' },
    ]);
    expect(report?.nextClicked).toBe(false);
    expect(page.url()).toMatch(/\/support\/request\?/);
    expect(await page.locator('#field-productVersion').inputValue()).toBe('');
    expect(await page.locator('#field-category').isDisabled()).toBe(true);
    await page.close();
  });
});
