/**
 * A support form whose problem field's label the assistant does not know (the simulator's
 * missing=problem-field: "Choose one"), in real Chromium, in English and Korean: the first fill stops
 * there and says so, the panel lists the form's dropdowns, the publisher names the problem field
 * once, the fill goes on to the details page, and the next form in that language is filled without
 * asking. The other case, a page the assistant does not recognise as the form at all ("This page is
 * a support request form"), has no simulator switch: test/unit/support-request/unknown-labels.test.tsx
 * and test/unit/portal/named-fields.test.ts cover it on a page built there.
 */
import { deauthorizeRequest } from '../support/requests';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sessionPerFile } from '../support/e2e-session';
import { fillReports, forget, readStored, STORAGE_KEYS, writeStored } from '../support/extension-storage';
import { settledText } from '../support/portal-fields';
import { pageWords, type SimLocale } from '../simulator/words';

const session = sessionPerFile();
const worker = () => session.browser.serviceWorker;
const reports = () => fillReports(worker());

/** The simulator's label for the problem field under missing=problem-field. */
const UNKNOWN_PROBLEM = 'Choose one';
const TITLES = { en: 'Deauthorize CSP', ko: 'CSP 권한 부여 취소' } as const;

const REQUEST = deauthorizeRequest('contoso-saas', 'Contoso SaaS');

const CASES = [
  { lang: 'en', portal: 'en-us', family: 'fluent' },
  { lang: 'ko', portal: 'ko-kr', family: 'wc' },
] as const satisfies readonly { lang: SimLocale; portal: string; family: string }[];

/** Opens the form and fills it from the launcher, with the one prepared request. */
async function fillFromLauncher(portal: string, family: string): Promise<{ page: Page; tabId: number }> {
  const page = await session.browser.context.newPage();
  await page.goto(`https://partner.microsoft.com/${portal}/support/request?variant=${family}&missing=problem-field&delay=100`);
  const launcher = page.locator('[data-csp-assistant="launcher"] button');
  await expect.poll(() => launcher.textContent()).toBe('Fill support request');
  // The tab is found by its URL: before the fill moves it to the details page.
  const tabId = await session.browser.tabIdOf(page);
  await launcher.click();
  return { page, tabId };
}

describe('support form labels the assistant does not know', () => {
  for (const c of CASES) {
    it(`names the problem field once, fills on to the details page, then fills the next form without asking (${c.family}, ${c.lang})`, async () => {
      const submissions = session.sim.submissions().length;
      const form = pageWords(c.lang);
      await forget(worker(), STORAGE_KEYS.pendingRequest, STORAGE_KEYS.fillReports, STORAGE_KEYS.categoryChoices, STORAGE_KEYS.fieldLabels);
      await writeStored(worker(), {
        [STORAGE_KEYS.preparedRequests]: [REQUEST],
        // A name given for the other language's form is not taken for this one.
        ...(c.lang === 'ko' ? { [STORAGE_KEYS.fieldLabels]: { en: { problemField: UNKNOWN_PROBLEM } } } : {}),
      });

      const { page, tabId } = await fillFromLauncher(c.portal, c.family);
      await expect.poll(async () => (await reports()).length, { timeout: 20_000 }).toBe(1);
      expect((await reports())[0]?.fields.map((f) => [f.field, f.status])).toEqual([
        ['productVersion', 'filled'],
        ['category', 'filled'],
        ['problem', 'not-found'],
        ['prefilled', 'kept-prefilled'],
        ['prefilled', 'kept-prefilled'],
      ]);

      // The panel lists the form's dropdowns (those not already the version's and the category's).
      const panel = await session.browser.context.newPage();
      await panel.goto(session.browser.panelUrl(tabId));
      await panel.locator('[data-testid="fill-report"] [data-field="problem"][data-status="not-found"]').waitFor();
      const naming = panel.locator('[data-testid="unknown-fields"]');
      await naming.getByRole('heading', { name: 'Which dropdown is which?' }).waitFor();
      const problem = naming.getByLabel('Problem', { exact: true });
      await expect
        .poll(() => problem.locator('option').allTextContents())
        .toEqual(['None of these', form.problemArea, form.program, UNKNOWN_PROBLEM]);
      expect(await naming.locator('select').count()).toBe(1);

      // Named once, from the keyboard: the fill goes on by itself, to the details page.
      await problem.focus();
      await problem.selectOption({ label: UNKNOWN_PROBLEM });
      await panel.keyboard.press('Tab');
      await expect.poll(() => panel.evaluate(() => document.activeElement?.textContent)).toBe('Remember and fill');
      await panel.keyboard.press('Enter');
      await page.waitForURL(/\/support\/request\/details/, { timeout: 20_000 });
      await expect.poll(() => settledText(page, form.titleField)).toBe(TITLES[c.lang]);
      expect(await readStored(worker(), STORAGE_KEYS.fieldLabels)).toEqual({
        ...(c.lang === 'ko' ? { en: { problemField: UNKNOWN_PROBLEM } } : {}),
        [c.lang]: { problemField: UNKNOWN_PROBLEM },
      });
      // The report shows the field filled, by the label the publisher named it with.
      const filled = panel.locator('[data-report-page="request"] [data-field="problem"]');
      await expect.poll(() => filled.getAttribute('data-status')).toBe('filled');
      expect(await filled.textContent()).toContain(UNKNOWN_PROBLEM);
      await panel.locator('[data-report-page="details"]').waitFor();
      expect(await naming.count()).toBe(0);

      // The next form in this language: filled without asking.
      const next = await fillFromLauncher(c.portal, c.family);
      await next.page.waitForURL(/\/support\/request\/details/, { timeout: 20_000 });
      expect((await reports())[0]?.fields.find((f) => f.field === 'problem')).toMatchObject({
        status: 'filled',
        label: UNKNOWN_PROBLEM,
        value: form.updateExistingOffer,
      });
      await expect.poll(() => settledText(next.page, form.titleField)).toBe(TITLES[c.lang]);
      expect(await naming.count()).toBe(0);
      expect(session.sim.submissions()).toHaveLength(submissions);
      await Promise.all([page.close(), panel.close(), next.page.close()]);
    });
  }
});
