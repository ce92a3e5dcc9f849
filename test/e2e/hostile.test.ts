/**
 * A portal page the extension does not control, and messages it did not expect: nothing from the page
 * is run or rendered as HTML, page messages are ignored, and wrong messages are refused.
 */
import { describe, expect, it } from 'vitest';
import { sessionPerFile } from '../support/e2e-session';
import { combobox, shownValue } from '../support/portal-fields';
import { readStored, requestFor, seedPending, STORAGE_KEYS } from '../support/extension-storage';

const session = sessionPerFile();

describe('hostile pages and messages', () => {
  it('renders page text as text: markup in a partner name is not run in the panel', async () => {
    const portal = await session.browser.context.newPage();
    await portal.goto(
      'https://partner.microsoft.com/en-us/dashboard/commercial-marketplace/offers/hostile/resellers?reset=1&option=2&partners=2',
    );
    await portal.locator('[data-csp-assistant="launcher"]').waitFor();
    const payload = '<img src=x onerror="window.pwned=1">';
    await portal.evaluate((html) => {
      document.querySelector('tbody td')!.textContent = html;
    }, payload);
    const panel = await session.browser.context.newPage();
    await panel.goto(session.browser.panelUrl(await session.browser.tabIdOf(portal)));
    await panel.locator('[data-testid="resale-table"]').waitFor();
    await expect.poll(() => panel.locator('[data-testid="resale-table"]').textContent()).toContain(payload);
    // No image but the panel's own logo.
    expect(await panel.locator('main img:not(.panel__logo)').count()).toBe(0);
    expect(await panel.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    await Promise.all([portal.close(), panel.close()]);
  });

  it("ignores the page's own postMessage and events: a page cannot start the autofill", async () => {
    await seedPending(session.browser.serviceWorker, requestFor('x'));
    const page = await session.browser.context.newPage();
    await page.goto('https://partner.microsoft.com/en-us/support/request?variant=native');
    await page.locator('[data-csp-assistant="launcher"]').waitFor();
    await page.evaluate(() => {
      for (const type of ['fill-support', 'open-panel', 'ping']) {
        window.postMessage({ type }, '*');
        document.dispatchEvent(new CustomEvent(type, { detail: { type } }));
      }
    });
    await page.waitForTimeout(1000);
    expect(await shownValue(combobox(page, 'Select the product version'))).toBe('');
    expect(await readStored(session.browser.serviceWorker, STORAGE_KEYS.fillReports)).toBeUndefined();
    await page.close();
  });

  it('refuses messages from a sender not allowed for their type, and ignores malformed ones', async () => {
    const panel = await session.browser.context.newPage();
    await panel.goto(session.browser.panelUrl(0));
    const answers = await panel.evaluate(async () => {
      const send = (message: unknown) =>
        chrome.runtime.sendMessage(message).then(
          (r) => r ?? 'no answer',
          (e: Error) => `rejected: ${e.message}`,
        );
      return {
        // open-panel is the launcher's: an extension page may not send it.
        wrongSender: await send({ type: 'open-panel' }),
        unknownType: await send({ type: 'delete-everything' }),
        wrongShape: await send({ type: 'audience-changed', read: { ok: true, page: '<script>' } }),
        notAnObject: await send('open-panel'),
      };
    });
    expect(answers.wrongSender).toEqual({ ok: false, error: 'open-panel is not accepted from extension' });
    for (const answer of [answers.unknownType, answers.wrongShape, answers.notAnObject]) {
      expect(answer === 'no answer' || String(answer).startsWith('rejected:')).toBe(true);
    }
    await panel.close();
  });
});
