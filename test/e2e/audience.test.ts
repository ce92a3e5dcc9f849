/**
 * Audience validation in real Chromium: the panel reads the simulated audience page, follows changes
 * made on it, takes the publisher's resale answers, and shows the findings of the article's rules.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildCatalog } from '../simulator/catalog';
import { startSimulator, type Simulator } from '../simulator/server';
import { launchExtensionBrowser, type ExtensionBrowser } from '../support/extension-browser';
import { readStored, STORAGE_KEYS } from '../support/extension-storage';
import type { SupportRequest } from '../../src/core/support-request/request';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator();
});
afterAll(() => sim?.close());

function offerUrl(locale: 'en-us' | 'ko-kr', offerId: string, query = ''): string {
  return `https://partner.microsoft.com/${locale}/dashboard/commercial-marketplace/offers/${offerId}/resellers?reset=1${query}`;
}

async function findingCodes(panel: Page): Promise<string[]> {
  return (
    await panel.locator('[data-finding-code]').evaluateAll((els) => els.map((el) => el.getAttribute('data-finding-code') ?? ''))
  ).sort();
}

async function openBeside(browser: ExtensionBrowser, url: string): Promise<{ portal: Page; panel: Page }> {
  const portal = await browser.context.newPage();
  await portal.goto(url);
  await portal.locator('[data-csp-assistant="launcher"]').waitFor();
  const panel = await browser.context.newPage();
  await panel.goto(browser.panelUrl(await browser.tabIdOf(portal)));
  await panel.locator('[data-testid="audience"]').waitFor();
  return { portal, panel };
}

for (const lang of [
  {
    browserLocale: 'en-US',
    portal: 'en-us' as const,
    option2: 'Specific partners in the CSP program I select',
    option3: 'No partners in the CSP program',
    remove: 'Remove',
    resoldYes: 'Yes',
    resoldNo: 'No',
    blocked: 'Not possible',
    missing: ['The page’s name, “Resell through CSPs” (or the “CSP Reseller audience” heading)', 'The three audience options'],
    title: 'CSP Audience Assistant',
    lang: 'en',
    wordBreak: 'normal',
  },
  {
    browserLocale: 'ko-KR',
    portal: 'ko-kr' as const,
    option2: '선택한 CSP 프로그램의 특정 파트너',
    option3: 'CSP 프로그램에 파트너가 없습니다',
    remove: '제거',
    resoldYes: '예',
    resoldNo: '아니요',
    blocked: '불가능',
    missing: ['페이지 이름 “CSP를 통한 재판매”(또는 “CSP 재판매인 대상 그룹” 제목)', '세 가지 대상 그룹 옵션'],
    title: 'CSP 대상 그룹 도우미',
    lang: 'ko',
    wordBreak: 'keep-all',
  },
]) {
  describe(`audience validation (${lang.browserLocale} browser, ${lang.portal} portal)`, () => {
    let browser: ExtensionBrowser;
    beforeAll(async () => {
      browser = await launchExtensionBrowser({ hostRules: sim.hostRules, locale: lang.browserLocale });
    });
    afterAll(() => browser?.close());

    it('reads at 14 px whatever the browser does to extension pages, in the UI language: title, lang, Korean line breaks', async () => {
      const { portal, panel } = await openBeside(browser, offerUrl(lang.portal, `type-${lang.portal}`, '&option=2&partners=1'));
      await panel.locator('.finding__detail').first().waitFor();
      const style = await panel.evaluate(() => {
        const body = getComputedStyle(document.body);
        const finding = document.querySelector('.finding__detail');
        return { body: body.fontSize, finding: finding ? getComputedStyle(finding).fontSize : null, wordBreak: body.wordBreak };
      });
      expect(style).toEqual({ body: '14px', finding: '14px', wordBreak: lang.wordBreak });
      expect(await panel.title()).toBe(lang.title);
      expect(await panel.evaluate(() => document.documentElement.lang)).toBe(lang.lang);
      await Promise.all([portal.close(), panel.close()]);
    });

    it('follows the page: option 2 → 3 on a published offer is blocked by a partner that resold, and needs a request once none has', async () => {
      const { portal, panel } = await openBeside(browser, offerUrl(lang.portal, `offer-${lang.portal}`, '&option=2&partners=2'));
      // First sight of a published page with nothing unsaved: its selection is taken as live.
      await expect.poll(() => findingCodes(panel)).toEqual(['optin.listing-requirements', 'region.scope']);

      await portal.getByLabel(lang.option3).check();
      await expect.poll(() => findingCodes(panel)).toEqual(['draft.unsaved', 'transition.resale-unknown']);

      const selects = panel.locator('[data-testid="resale-table"] select');
      await expect.poll(() => selects.count()).toBe(2);
      await selects.nth(0).selectOption({ label: lang.resoldYes });
      await expect.poll(() => findingCodes(panel)).toEqual(['draft.unsaved', 'transition.blocked-resold', 'transition.resale-unknown']);
      expect(await panel.locator('[data-finding-code="transition.blocked-resold"]').textContent()).toContain(lang.blocked);
      // The partner that blocks it: its name over its tenant ID, with a copy button.
      const named = panel.locator('[data-finding-code="transition.blocked-resold"] > [data-testid="finding-partners"] li');
      expect(await named.count()).toBe(1);
      // The whole ID, as screen readers read it (the short form beside it is for the eye).
      expect(await named.locator('.tenant-id__full').textContent()).toBe(buildCatalog()[0]!.tenantId);
      expect(await named.getByRole('button').count()).toBe(1);
      // One next step: saving the blocked change and the other resale question are folded into the block, out of view.
      const folded = panel.locator('[data-finding-code="transition.blocked-resold"] [data-testid="folded-findings"] [data-finding-code]');
      expect((await folded.evaluateAll((els) => els.map((el) => el.getAttribute('data-finding-code')))).sort()).toEqual([
        'draft.unsaved',
        'transition.resale-unknown',
      ]);
      expect(await panel.locator('[data-finding-code="draft.unsaved"]').isVisible()).toBe(false);

      await selects.nth(0).selectOption({ label: lang.resoldNo });
      await selects.nth(1).selectOption({ label: lang.resoldNo });
      await expect.poll(() => findingCodes(panel)).toEqual(['draft.unsaved', 'transition.support-request']);
      await portal.close();
      await panel.close();
    });

    it.each(['native', 'shoelace'])(
      'a blocked change has its next steps on the page: switch back, keep the resold partners, put a removed one back (%s)',
      async (family) => {
        const partners = buildCatalog().slice(0, 3);
        const offerId = `next-steps-${family}-${lang.portal}`;
        const { portal, panel } = await openBeside(browser, offerUrl(lang.portal, offerId, `&option=2&partners=3&variant=${family}`));
        await expect.poll(() => findingCodes(panel)).toEqual(['optin.listing-requirements', 'region.scope']);
        await portal.getByRole('radio', { name: lang.option3 }).click();
        const selects = panel.locator('[data-testid="resale-table"] select');
        await expect.poll(() => selects.count()).toBe(3);
        await selects.nth(0).selectOption({ label: lang.resoldYes });
        await selects.nth(1).selectOption({ label: lang.resoldNo });
        await selects.nth(2).selectOption({ label: lang.resoldNo });
        const blocked = panel.locator('[data-finding-code="transition.blocked-resold"]');
        await blocked.locator('[data-action="keep-resold"]').waitFor();

        // Switch back: the page's own radio is set to what is live, and nothing is left to say.
        await blocked.locator('[data-action="switch-back"]').click();
        await expect.poll(() => portal.getByRole('radio', { name: lang.option2 }).isChecked()).toBe(true);
        await expect.poll(() => findingCodes(panel)).toEqual(['optin.listing-requirements', 'region.scope']);

        // Keep the resold partner: back to specific partners, and a request for the two others.
        await portal.getByRole('radio', { name: lang.option3 }).click();
        await panel.locator('[data-action="keep-resold"]').click();
        await expect.poll(() => portal.getByRole('radio', { name: lang.option2 }).isChecked()).toBe(true);
        await expect
          .poll(async () =>
            ((await readStored<SupportRequest[]>(browser.serviceWorker, STORAGE_KEYS.preparedRequests)) ?? []).find(
              (r) => r.offerId === offerId,
            ),
          )
          .toMatchObject({ from: 2, to: 2, partners: partners.slice(1).map((p) => ({ tenantId: p.tenantId })) });

        // Taking the resold partner off the table: "put them back" adds it again through the portal.
        await panel.getByRole('tab').first().click();
        await portal.getByRole('button', { name: `${lang.remove} ${partners[0]!.name}` }).click();
        const restore = panel.locator('[data-finding-code="transition.blocked-resold"] [data-action="restore-partners"]');
        await restore.click();
        await expect.poll(() => portal.getByRole('button', { name: `${lang.remove} ${partners[0]!.name}` }).count()).toBe(1);
        await expect.poll(() => panel.locator('[data-finding-code="transition.blocked-resold"]').count()).toBe(0);
        await portal.close();
        await panel.close();
      },
    );

    it("'Answer below' goes to the question of the partner taken off the table, not to the first row", async () => {
      const partners = buildCatalog().slice(0, 3);
      const { portal, panel } = await openBeside(browser, offerUrl(lang.portal, `answer-below-${lang.portal}`, '&option=2&partners=3'));
      await expect.poll(() => findingCodes(panel)).toEqual(['optin.listing-requirements', 'region.scope']);
      await portal.getByRole('button', { name: `${lang.remove} ${partners[1]!.name}` }).click();
      const ask = panel.locator('[data-finding-code="transition.resale-unknown"] [data-action="confirm-resale"]');
      await ask.click();
      const rows = panel.locator('[data-testid="resale-table"] tbody tr');
      // The removed partner's row is the table's last; its question has the focus.
      expect(await rows.last().getAttribute('data-tenant-id')).toBe(partners[1]!.tenantId);
      await expect
        .poll(() => panel.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-tenant-id')))
        .toBe(partners[1]!.tenantId);
      await Promise.all([portal.close(), panel.close()]);
    });

    it('says it cannot read a page whose markup it does not know, and shows no finding', async () => {
      const portal = await browser.context.newPage();
      await portal.goto(offerUrl(lang.portal, 'changed-offer', '&markup=changed'));
      await portal.locator('[data-csp-assistant="launcher"]').waitFor();
      const panel = await browser.context.newPage();
      await panel.goto(browser.panelUrl(await browser.tabIdOf(portal)));
      const notice = panel.locator('[data-testid="unreadable-page"]');
      await notice.waitFor();
      expect(await notice.locator('li').allTextContents()).toEqual(lang.missing);
      expect(await panel.locator('[data-finding-code]').count()).toBe(0);
      await portal.close();
      await panel.close();
    });
  });
}

describe('resale answers from a saved list', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtensionBrowser({ hostRules: sim.hostRules });
  });
  afterAll(() => browser?.close());

  it("takes yes/no from a list's Resold column for this offer's partners, and the findings follow", async () => {
    const { portal, panel } = await openBeside(browser, offerUrl('en-us', 'resale-from-list', '&option=2&partners=2'));
    await expect.poll(() => findingCodes(panel)).toEqual(['optin.listing-requirements', 'region.scope']);
    const [first, second] = buildCatalog().slice(0, 2);
    const csv = `Tenant ID,Partner name,Resold\r\n${first!.tenantId},${first!.name},yes\r\n${second!.tenantId},${second!.name},no\r\n`;
    await panel.getByRole('tab', { name: 'Lists' }).click();
    await panel
      .locator('[data-testid="import-file"]')
      .setInputFiles({ name: 'answers.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await panel.locator('[data-testid="import-commit"]').click();
    await panel.locator('[data-testid="import-done"]').waitFor();
    await panel.getByRole('tab', { name: 'Audience' }).click();
    await portal.getByLabel('No partners in the CSP program').check();
    await expect.poll(() => findingCodes(panel)).toEqual(['draft.unsaved', 'transition.resale-unknown']);
    await panel.locator('[data-testid="resale-from-list"] button').click();
    await expect.poll(() => findingCodes(panel)).toEqual(['draft.unsaved', 'transition.blocked-resold']);
    expect(await panel.locator('[data-testid="resale-from-list"] [role="status"]').textContent()).toBe('2 answers taken from “answers”.');
    await Promise.all([portal.close(), panel.close()]);
  });
});
