/**
 * One-click support request autofill in real Chromium against the simulated support form, on every
 * family of controls the portal is built from (native, ARIA-only, Fluent UI v8, web components with
 * shadow roots), in English and Korean, an English form inside a Korean portal, the form in the help
 * pane's frame, late options, prefilled dropdowns kept, a missing option reported, never a submission.
 */
import { ALPHA_CLOUD } from '../support/requests';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { SupportRequest } from '../../src/core/support-request/request';
import type { FiledRequest } from '../../src/core/support-request/filed-request';
import { sessionPerFile } from '../support/e2e-session';
import { choose, combobox, settledText, shownValue, textbox } from '../support/portal-fields';
import { fillReports, forget, readStored, requestFor, seedPending, STORAGE_KEYS, writeStored } from '../support/extension-storage';

const session = sessionPerFile();
/** Submissions before each test: the assistant itself never adds one (only a publisher's click does). */
let submittedBefore = 0;
beforeEach(() => {
  submittedBefore = session.sim?.submissions().length ?? 0;
});

const ALPHA = ALPHA_CLOUD;

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

const worker = () => session.browser.serviceWorker;
const seed = (request: SupportRequest) => seedPending(worker(), request);
const reports = () => fillReports(worker());

const TITLES = { en: 'Deauthorize CSP', ko: 'CSP 권한 부여 취소' } as const;

describe('support request autofill', () => {
  it('from a finding in one click: prepares the request, opens the short link, fills both pages, never submits', async () => {
    const portal = await session.browser.context.newPage();
    await portal.goto(
      'https://partner.microsoft.com/en-us/dashboard/commercial-marketplace/offers/flow-offer/resellers?reset=1&option=2&partners=2&type=vm&name=Flow%20VM',
    );
    await portal.locator('[data-csp-assistant="launcher"]').waitFor();
    const panel = await session.browser.context.newPage();
    await panel.goto(session.browser.panelUrl(await session.browser.tabIdOf(portal)));
    await panel.locator('[data-finding-code="optin.listing-requirements"]').waitFor();
    await portal.getByLabel('No partners in the CSP program').check();
    const selects = panel.locator('[data-testid="resale-table"] select');
    await expect.poll(() => selects.count()).toBe(2);
    await selects.nth(0).selectOption('no');
    await selects.nth(1).selectOption('no');
    // One click on the finding: the request is prepared, the support form opened and filled.
    const opened = session.browser.context.waitForEvent('page');
    await panel.locator('[data-finding-code="transition.support-request"] [data-action="prepare-support-request"]').click();
    const support = await opened;
    await panel.locator('[data-testid="support-request"]').waitFor();
    // The finding's button is gone with the audience tool: the support tool's heading has the focus.
    await expect.poll(() => panel.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    await support.waitForURL(/\/en-us\/support\/request\/details/, { timeout: 20_000 });
    await expect.poll(() => settledText(support, 'Title')).toBe('Deauthorize CSP');
    const description = await textbox(support, 'Description').inputValue();
    expect(description).toContain('Offer ID: flow-offer');
    expect(description).toContain('Requested option: Option 3: No partners in the CSP program');
    expect(description).toContain('We confirm that none of these partners has resold this offer to customers.');
    expect(description.match(/\([0-9a-f-]{36}\)/g)).toHaveLength(2);

    await panel.locator('[data-report-page="details"]').waitFor();
    // Each partner's tenant ID can be copied from the request, with a confirmation.
    const firstPartner = panel.locator('[data-testid="support-request"] .partner-refs li').first();
    // What is written is taken where the panel writes it (reading the clipboard back needs a permission
    // an extension origin can't be granted here); the browser's own write still has to succeed.
    await panel.evaluate(() => {
      const write = navigator.clipboard.writeText.bind(navigator.clipboard);
      navigator.clipboard.writeText = (text: string) => {
        (window as unknown as { copied: string }).copied = text;
        return write(text);
      };
    });
    await firstPartner.getByRole('button', { name: /^Copy the tenant ID of / }).click();
    await expect.poll(() => firstPartner.getByRole('status').textContent()).toBe('Copied');
    const copied = await panel.evaluate(() => (window as unknown as { copied: string }).copied);
    expect(await firstPartner.locator('.tenant-id__full').textContent()).toBe(copied);
    expect(copied).toMatch(/^[0-9a-f-]{36}$/);
    expect(await panel.locator('[data-report-page="request"] [data-status="kept-prefilled"]').count()).toBe(2);
    expect(await panel.locator('[data-testid="user-must-fill"]').textContent()).toContain('Severity');
    // The tool opens on what is left: the summary first, and filling again is no longer the main button.
    expect(await panel.locator('[data-testid="fill-summary"]').textContent()).toMatch(/^Filled \d+ fields · 1 left for you: Severity/);
    const fillAgain = panel.locator('[data-testid="fill-request"]');
    expect([await fillAgain.textContent(), await fillAgain.getAttribute('class')]).toEqual(['Fill again', null]);
    // "Go to the field": the form's tab comes to the front with the cursor in Severity.
    await panel.getByRole('button', { name: 'Go to “Severity”' }).click();
    await expect
      .poll(() =>
        support
          .getByLabel('Severity', { exact: false })
          .first()
          .evaluate((control) => control === document.activeElement),
      )
      .toBe(true);
    // Filled: the launcher on the page goes back to opening the panel.
    await expect.poll(() => support.locator('[data-csp-assistant="launcher"] button').textContent()).toBe('CSP Assistant');
    expect(session.sim.submissions()).toHaveLength(submittedBefore);

    // The publisher submits: the confirmation's case number goes on the offer's record, pending until live.
    await support.getByRole('button', { name: 'Submit' }).click();
    await expect.poll(() => session.sim.submissions().length).toBe(submittedBefore + 1);
    const caseNumber = session.sim.submissions().at(-1)!.caseNumber;
    await panel.getByRole('tab', { name: 'Audience' }).click();
    const filed = panel.locator(`[data-testid="filed-requests"] [data-case="${caseNumber}"]`);
    await filed.waitFor();
    expect(await filed.textContent()).toContain('3 · No partners');
    await panel.getByRole('button', { name: 'Done by Microsoft? Mark as live' }).click();
    await expect.poll(() => panel.locator('[data-testid="filed-requests"]').count()).toBe(0);
    const stored = await readStored<FiledRequest[]>(worker(), STORAGE_KEYS.filedRequests);
    expect(stored).toEqual([expect.objectContaining({ caseNumber, offerId: 'flow-offer', carriedOutAt: expect.any(String) })]);
    await Promise.all([portal.close(), panel.close(), support.close()]);
  });

  it.each([
    { family: 'wc', portal: 'ko-kr', option3: 'CSP 프로그램에 파트너가 없습니다', title: '제목', description: '설명' },
    { family: 'aria', portal: 'en-us', option3: 'No partners in the CSP program', title: 'Title', description: 'Description' },
    { family: 'shoelace', portal: 'ko-kr', option3: 'CSP 프로그램에 파트너가 없습니다', title: '제목', description: '설명' },
    { family: 'shoelace', portal: 'en-us', option3: 'No partners in the CSP program', title: 'Title', description: 'Description' },
  ] as const)('from a finding in one click, on the support form already open: that form is filled ($family, $portal)', async (c) => {
    await forget(worker(), STORAGE_KEYS.pendingRequest, STORAGE_KEYS.fillReports);
    const support = await session.browser.context.newPage();
    await support.goto(`https://partner.microsoft.com/${c.portal}/support/request?variant=${c.family}&delay=100`);
    await support.locator('[data-csp-assistant="launcher"]').waitFor();
    const portal = await session.browser.context.newPage();
    await portal.goto(
      `https://partner.microsoft.com/${c.portal}/dashboard/commercial-marketplace/offers/open-form-offer/resellers?reset=1&option=2&partners=1&type=saas&name=Open%20Form&variant=${c.family}`,
    );
    await portal.locator('[data-csp-assistant="launcher"]').waitFor();
    const panel = await session.browser.context.newPage();
    await panel.goto(session.browser.panelUrl(await session.browser.tabIdOf(portal)));
    await panel.locator('[data-finding-code="optin.listing-requirements"]').waitFor();
    await portal.getByRole('radio', { name: c.option3 }).click();
    const selects = panel.locator('[data-testid="resale-table"] select');
    await expect.poll(() => selects.count()).toBe(1);
    await selects.nth(0).selectOption('no');
    const pagesBefore = session.browser.context.pages().length;
    await panel.locator('[data-finding-code="transition.support-request"] [data-action="prepare-support-request"]').click();
    await support.waitForURL(/\/support\/request\/details/, { timeout: 20_000 });
    await expect.poll(() => settledText(support, c.title)).toBe(TITLES[c.portal === 'ko-kr' ? 'ko' : 'en']);
    expect(await settledText(support, c.description)).toContain('open-form-offer');
    // The open form was used: no new tab.
    expect(session.browser.context.pages()).toHaveLength(pagesBefore);
    expect(session.sim.submissions()).toHaveLength(submittedBefore);
    await Promise.all([portal.close(), panel.close(), support.close()]);
  });

  const FORM_WORDS = {
    en: {
      title: 'Title',
      description: 'Description',
      category: 'Azure Virtual machine offer',
      prefilled: ['Commercial Marketplace', 'Marketplace offers'],
    },
    ko: { title: '제목', description: '설명', category: 'Azure 가상 머신 제품', prefilled: ['상업용 마켓플레이스', '마켓플레이스 제품'] },
  } as const;
  const CASES = [
    ...(['native', 'aria', 'fluent', 'wc', 'shoelace'] as const).flatMap((family) => [
      { name: `${family}, en`, portal: 'en-us', form: 'en', query: `variant=${family}&delay=150` } as const,
      { name: `${family}, ko, wording variants`, portal: 'ko-kr', form: 'ko', query: `variant=${family}&labels=alt` } as const,
    ]),
    { name: 'wc, English form inside a ko-kr portal', portal: 'ko-kr', form: 'en', query: 'variant=wc&formLang=en&delay=100' },
    { name: 'fluent, English form inside a ko-kr portal', portal: 'ko-kr', form: 'en', query: 'variant=fluent&formLang=en' },
  ] as const;

  /** Fills page 1 from the launcher and checks both pages and the reports. */
  async function fillFromLauncher(page: Page, form: keyof typeof FORM_WORDS, portal: string): Promise<void> {
    const launcher = page.locator('[data-csp-assistant="launcher"] button');
    await expect.poll(() => launcher.textContent()).toBe('Fill support request');
    await launcher.click();
    await page.waitForURL(/\/support\/request\/details/, { timeout: 20_000 });
    const words = FORM_WORDS[form];
    // The title in the publisher's language (the portal's), whatever the form's own language.
    await expect.poll(() => settledText(page, words.title)).toBe(TITLES[portal === 'ko-kr' ? 'ko' : 'en']);
    expect(await settledText(page, words.description)).toContain(ALPHA.tenantId);

    const [request, details] = await reports();
    expect(request?.fields.map((f) => [f.field, f.status])).toEqual([
      ['productVersion', 'filled'],
      ['category', 'filled'],
      ['problem', 'filled'],
      ['prefilled', 'kept-prefilled'],
      ['prefilled', 'kept-prefilled'],
      ['next', 'filled'],
    ]);
    expect(request?.fields.find((f) => f.field === 'category')?.value).toBe(words.category);
    expect(details?.fields.map((f) => [f.field, f.status])).toEqual([
      ['title', 'filled'],
      ['description', 'filled'],
    ]);
    // The page kept what we chose on page 1, prefilled dropdowns included.
    const summary = await page.locator('.summary li').allTextContents();
    expect(summary.slice(0, 2)).toEqual(words.prefilled);
    expect(session.sim.submissions()).toHaveLength(submittedBefore);
  }

  for (const c of CASES) {
    it(`from the launcher on the support page (${c.name})`, async () => {
      await seed(REQUEST);
      const page = await session.browser.context.newPage();
      await page.goto(`https://partner.microsoft.com/${c.portal}/support/request?${c.query}`);
      await fillFromLauncher(page, c.form, c.portal);
      await page.close();
    });
  }

  const forgetEverything = () =>
    forget(worker(), STORAGE_KEYS.pendingRequest, STORAGE_KEYS.preparedRequests, STORAGE_KEYS.fillReports, STORAGE_KEYS.categoryChoices);

  const SAAS = { en: 'Software as a Service offer', ko: 'SaaS(Software as a Service) 제품' } as const;
  const DIRECT = [
    ...(['native', 'aria', 'fluent', 'wc', 'shoelace'] as const).flatMap((family) =>
      (['en', 'ko'] as const).map((lang) => ({
        family,
        portal: lang === 'ko' ? 'ko-kr' : 'en-us',
        form: lang,
        category: SAAS[lang],
        query: '',
      })),
    ),
    { family: 'fluent', portal: 'ko-kr', form: 'en', category: SAAS.en, query: '&formLang=en' },
  ] as const;
  for (const c of DIRECT) {
    it(`fills a form opened directly, with no request prepared; the category chosen on the page completes it, and is proposed next time (${c.family}, ${c.portal}, ${c.form} form)`, async () => {
      await forgetEverything();
      const page = await session.browser.context.newPage();
      const url = `https://partner.microsoft.com/${c.portal}/support/request?variant=${c.family}&delay=100${c.query}`;
      await page.goto(url);
      const launcher = page.locator('[data-csp-assistant="launcher"] button');
      await expect.poll(() => launcher.textContent()).toBe('Fill support request');
      await launcher.click();
      await expect.poll(async () => (await reports()).length).toBe(1);
      const [first] = await reports();
      // Everything that does not depend on the offer is filled; the category is left, and the problem waits for it.
      expect(first?.fields.map((f) => [f.field, f.status])).toEqual([
        ['productVersion', 'filled'],
        ['category', 'needs-user'],
        ['problem', 'waiting'],
        ['prefilled', 'kept-prefilled'],
        ['prefilled', 'kept-prefilled'],
      ]);
      expect(page.url()).not.toMatch(/details/);

      const words = FORM_WORDS[c.form];
      await choose(page, c.form === 'ko' ? '문제를 가장 잘 설명하는 범주 선택' : 'Select a category', c.category);
      // No other click: the fill goes on by itself (problem, Next, details page).
      await page.waitForURL(/\/support\/request\/details/, { timeout: 20_000 });
      await expect.poll(() => settledText(page, words.title)).toBe(TITLES[c.portal === 'ko-kr' ? 'ko' : 'en']);
      expect(await settledText(page, words.description)).toContain(c.portal === 'ko-kr' ? '[제품 이름]' : '[offer name]');
      expect(session.sim.submissions()).toHaveLength(submittedBefore);

      // The choice is remembered for offers of an unknown type, and used on the next form.
      await forget(worker(), STORAGE_KEYS.pendingRequest, STORAGE_KEYS.fillReports);
      await page.goto(url);
      await expect.poll(() => launcher.textContent()).toBe('Fill support request');
      await launcher.click();
      await page.waitForURL(/\/support\/request\/details/, { timeout: 20_000 });
      const [again] = await reports();
      expect(again?.fields.find((f) => f.field === 'category')).toMatchObject({ status: 'filled', value: c.category });
      await page.close();
    });
  }

  /**
   * The category left to the publisher, on a form whose problem field does not wait for it: the
   * problem's options still arrive late (each list 300–700 ms after it opens, each field as late to
   * load), and are waited for like any other field's. The 0.6–1.2 s case is a slow Fluent portal.
   */
  const LATE = [
    { name: 'fluent, en', portal: 'en-us', form: 'en', query: 'variant=fluent&delay=300-700' },
    { name: 'fluent, ko, wording variants', portal: 'ko-kr', form: 'ko', query: 'variant=fluent&labels=alt&delay=300-700' },
    { name: 'fluent slowed to 0.6–1.2 s, en', portal: 'en-us', form: 'en', query: 'variant=fluent&delay=600-1200' },
    { name: 'shoelace, en', portal: 'en-us', form: 'en', query: 'variant=shoelace&delay=300-700' },
    { name: 'shoelace, ko, wording variants', portal: 'ko-kr', form: 'ko', query: 'variant=shoelace&labels=alt&delay=300-700' },
    { name: 'wc, English form inside a ko-kr portal', portal: 'ko-kr', form: 'en', query: 'variant=wc&formLang=en&delay=300-700' },
    { name: 'aria, en', portal: 'en-us', form: 'en', query: 'variant=aria&delay=300-700' },
  ] as const;
  for (const c of LATE) {
    it(`waits for the problem's late options while the category is the publisher's, then goes on once it is chosen (${c.name})`, async () => {
      await forgetEverything();
      const page = await session.browser.context.newPage();
      await page.goto(`https://partner.microsoft.com/${c.portal}/support/request?${c.query}&cascade=0`);
      const launcher = page.locator('[data-csp-assistant="launcher"] button');
      await expect.poll(() => launcher.textContent()).toBe('Fill support request');
      await launcher.click();
      await expect.poll(async () => (await reports()).length, { timeout: 20_000 }).toBe(1);
      const [first] = await reports();
      expect(first?.fields.map((f) => [f.field, f.status])).toEqual([
        ['productVersion', 'filled'],
        ['category', 'needs-user'],
        ['problem', 'filled'],
        ['prefilled', 'kept-prefilled'],
        ['prefilled', 'kept-prefilled'],
      ]);
      // Every list the assistant opened is closed again: the form is left ready for the publisher.
      expect(await page.locator('[role="combobox"][aria-expanded="true"]').count()).toBe(0);
      const words = FORM_WORDS[c.form];
      await choose(page, c.form === 'ko' ? '문제를 가장 잘 설명하는 범주 선택' : 'Select a category', SAAS[c.form]);
      await page.waitForURL(/\/support\/request\/details/, { timeout: 20_000 });
      await expect.poll(() => settledText(page, words.title)).toBe(TITLES[c.portal === 'ko-kr' ? 'ko' : 'en']);
      expect(session.sim.submissions()).toHaveLength(submittedBefore);
      await page.close();
    });
  }

  it('completes the description in place with the offer the publisher then picks in the panel', async () => {
    await forgetEverything();
    // An offer the assistant has seen on its audience page.
    const audience = await session.browser.context.newPage();
    await audience.goto(
      'https://partner.microsoft.com/en-us/dashboard/commercial-marketplace/offers/picked-offer/resellers?reset=1&option=2&partners=2&type=vm&name=Picked%20VM',
    );
    await audience.locator('[data-csp-assistant="launcher"]').waitFor();
    const beside = await session.browser.context.newPage();
    await beside.goto(session.browser.panelUrl(await session.browser.tabIdOf(audience)));
    await beside.locator('[data-testid="audience"]').waitFor();

    const page = await session.browser.context.newPage();
    await page.goto('https://partner.microsoft.com/en-us/support/request?variant=aria');
    await page.locator('[data-csp-assistant="launcher"] button').click();
    await expect.poll(async () => (await reports()).length).toBe(1);
    await choose(page, 'Select a category', 'Azure Virtual machine offer');
    await page.waitForURL(/\/support\/request\/details/, { timeout: 20_000 });
    expect(await settledText(page, 'Description')).toContain('Offer ID: [offer ID]');

    const panel = await session.browser.context.newPage();
    await panel.goto(session.browser.panelUrl(await session.browser.tabIdOf(page)));
    // Beside a support form the panel opens on the support tool, with the request to complete.
    await panel.locator('[data-testid="offer-picker"]').waitFor();
    // Picking the offer completes the description in place: no other click.
    await panel.locator('#recent-offer').selectOption('picked-offer');
    await expect.poll(() => panel.locator('[data-testid="offer-picker"]').count()).toBe(0);
    await expect.poll(() => settledText(page, 'Description')).toContain('Offer ID: picked-offer');
    expect(await settledText(page, 'Description')).toContain('Offer name: Picked VM');
    expect(session.sim.submissions()).toHaveLength(submittedBefore);
    await Promise.all([audience.close(), beside.close(), page.close(), panel.close()]);
  });

  describe('several prepared requests: the panel lets the publisher choose, and the form is filled with the chosen one', () => {
    const alpha = requestFor('alpha-saas', { offerName: 'Alpha SaaS', partners: [ALPHA] });
    const beta = requestFor('beta-saas', { offerName: 'Beta SaaS', from: 2, to: 1 });
    const charlie = requestFor('charlie-vm', { offerName: 'Charlie VM', offerType: 'vm', from: 2, to: 3, partners: [ALPHA] });

    async function openWithPrepared(url: string, prepared: SupportRequest[]): Promise<{ page: Page; panel: Page }> {
      await forgetEverything();
      await writeStored(worker(), { [STORAGE_KEYS.preparedRequests]: prepared });
      const page = await session.browser.context.newPage();
      await page.goto(url);
      const launcher = page.locator('[data-csp-assistant="launcher"] button');
      await expect.poll(() => launcher.textContent()).toBe('Fill support request');
      // The tab is found by its URL: before the fill moves it to the details page.
      const tabId = await session.browser.tabIdOf(page);
      await launcher.click();
      const panel = await session.browser.context.newPage();
      await panel.goto(session.browser.panelUrl(tabId));
      await panel.locator('[data-testid="prepared-requests"]').waitFor();
      expect(
        await panel
          .locator('[data-testid="prepared-requests"] li')
          .evaluateAll((items) => items.map((li) => li.getAttribute('data-offer'))),
      ).toEqual(prepared.map((r) => r.offerId));
      return { page, panel };
    }

    it('of one offer type: the category is filled at once, the chosen request completes the description in place; submitting files it (aria, ko)', async () => {
      const { page, panel } = await openWithPrepared('https://partner.microsoft.com/ko-kr/support/request?variant=aria&delay=100', [
        alpha,
        beta,
      ]);
      await page.waitForURL(/\/support\/request\/details/, { timeout: 20_000 });
      expect((await reports())[0]?.fields.find((f) => f.field === 'category')).toMatchObject({ status: 'filled', value: SAAS.ko });
      await expect.poll(() => settledText(page, '설명')).toContain('[제품 이름]');

      await panel.getByRole('button', { name: 'Fill the form with the request for Beta SaaS' }).click();
      await expect.poll(() => settledText(page, '설명')).toContain('beta-saas');
      expect(await settledText(page, '제목')).toBe(TITLES.ko);
      // The panel now shows the chosen request, and the other one still waits.
      await expect
        .poll(() =>
          panel.locator('[data-testid="prepared-requests"] li').evaluateAll((items) => items.map((li) => li.getAttribute('data-offer'))),
        )
        .toEqual(['alpha-saas']);
      expect(session.sim.submissions()).toHaveLength(submittedBefore);

      await page.getByRole('button', { name: '제출' }).click();
      await expect
        .poll(async () => (await readStored<FiledRequest[]>(worker(), STORAGE_KEYS.filedRequests))?.map((r) => r.offerId))
        .toContain('beta-saas');
      await expect
        .poll(async () => (await readStored<SupportRequest[]>(worker(), STORAGE_KEYS.preparedRequests))?.map((r) => r.offerId))
        .toEqual(['alpha-saas']);
      await Promise.all([page.close(), panel.close()]);
    });

    it('of different offer types: the category waits, and the request chosen in the panel decides it and fills on (fluent, en)', async () => {
      const { page, panel } = await openWithPrepared('https://partner.microsoft.com/en-us/support/request?variant=fluent&delay=100', [
        alpha,
        charlie,
      ]);
      await expect
        .poll(async () => (await reports())[0]?.fields.map((f) => [f.field, f.status]).slice(0, 3))
        .toEqual([
          ['productVersion', 'filled'],
          ['category', 'needs-user'],
          ['problem', 'waiting'],
        ]);
      await expect.poll(() => panel.locator('.notice--warning').first().textContent()).toContain('Several requests are prepared');
      await panel.getByRole('button', { name: 'Fill the form with the request for Charlie VM' }).click();
      await page.waitForURL(/\/support\/request\/details/, { timeout: 20_000 });
      await expect.poll(() => settledText(page, 'Description')).toContain('Offer ID: charlie-vm');
      expect((await reports())[0]?.fields.find((f) => f.field === 'category')).toMatchObject({
        status: 'filled',
        value: 'Azure Virtual machine offer',
      });
      // A choice made for one of several offers is not remembered as the choice for offers of unknown type.
      expect(await readStored(worker(), STORAGE_KEYS.categoryChoices)).toBeUndefined();
      expect(session.sim.submissions()).toHaveLength(submittedBefore);
      await Promise.all([page.close(), panel.close()]);
    });
  });

  it('from the launcher inside the help pane: the form in a same-origin frame beside the dashboard', async () => {
    await seed(REQUEST);
    const page = await session.browser.context.newPage();
    await page.goto('https://partner.microsoft.com/ko-kr/dashboard/help?variant=wc&formLang=en');
    // The launcher is where the form is: in the frame, not on the dashboard around it.
    const frame = page.frameLocator('iframe');
    await frame.locator('[data-csp-assistant="launcher"] button').waitFor();
    expect(await page.locator('[data-csp-assistant="launcher"]').count()).toBe(0);
    const panel = await session.browser.context.newPage();
    await panel.goto(session.browser.panelUrl(await session.browser.tabIdOf(page)));
    await expect.poll(() => panel.locator('[data-testid="connection"]').textContent()).toBe('Support request page');
    await frame.locator('[data-csp-assistant="launcher"] button').click();
    const inner = page.frames().find((f) => f !== page.mainFrame())!;
    await inner.waitForURL(/\/support\/request\/details/, { timeout: 20_000 });
    await expect.poll(async () => (await reports()).map((r) => r.page)).toEqual(['request', 'details']);
    await expect.poll(() => inner.getByRole('textbox', { name: /^Title/ }).inputValue()).toBe('CSP 권한 부여 취소');
    expect(session.sim.submissions()).toHaveLength(submittedBefore);
    await Promise.all([page.close(), panel.close()]);
  });

  it.each(['native', 'wc'])('reports a missing option and fills nothing after it (%s)', async (family) => {
    await seed(REQUEST);
    const page = await session.browser.context.newPage();
    await page.goto(`https://partner.microsoft.com/en-us/support/request?variant=${family}&missing=live`);
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
    expect(page.url()).toMatch(/\/support\/request\?/);
    expect(await shownValue(combobox(page, 'Select the product version'))).toBe('');
    expect(await combobox(page, 'Select a category').isDisabled()).toBe(true);
    await page.close();
  });
});
