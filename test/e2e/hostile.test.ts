/**
 * A portal page the extension does not control, and messages it did not expect: nothing from the page
 * is run or rendered as HTML, page messages are ignored, and wrong messages are refused.
 */
import { describe, expect, it } from 'vitest';
import { sessionPerFile } from '../support/e2e-session';
import { combobox, shownValue } from '../support/portal-fields';
import { readStored, requestFor, seedPending, STORAGE_KEYS } from '../support/extension-storage';
import type { FillReport } from '../../src/core/support-request/fill-report';

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

  /** What the fill report says the product version became (the form moves on to its details page once filled). */
  const filledVersion = async () =>
    (await readStored<FillReport[]>(session.browser.serviceWorker, STORAGE_KEYS.fillReports))?.[0]?.fields.find(
      (f) => f.field === 'productVersion',
    )?.value;

  it("a page script's click on the launcher fills nothing; the publisher's own click does", async () => {
    await seedPending(session.browser.serviceWorker, requestFor('x'));
    const page = await session.browser.context.newPage();
    await page.goto('https://partner.microsoft.com/en-us/support/request?variant=native');
    await page.locator('[data-csp-assistant="launcher"]').waitFor();
    // What any script on the page can do: the launcher's shadow root is open.
    await page.evaluate(() => document.querySelector('[data-csp-assistant="launcher"]')!.shadowRoot!.querySelector('button')!.click());
    await page.waitForTimeout(1000);
    expect(await shownValue(combobox(page, 'Select the product version'))).toBe('');
    expect(await readStored(session.browser.serviceWorker, STORAGE_KEYS.fillReports)).toBeUndefined();
    // The same button, pressed by a person, fills the form: the refusal above is the click's doing.
    await page.locator('[data-csp-assistant="launcher"] button').click();
    await expect.poll(filledVersion).toBe('Live offer management');
    // Filled, the form goes on to its details page by itself.
    await page.waitForURL(/\/support\/request\/details/, { timeout: 20_000 });
    await page.close();
  });

  it('an element named "browser" on the page (a div id, a form name) changes nothing: the launcher still fills the form', async () => {
    await seedPending(session.browser.serviceWorker, requestFor('x'));
    const page = await session.browser.context.newPage();
    // In place before the content script starts (document_idle), as a page's own markup would be.
    await page.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () => {
        const div = document.createElement('div');
        div.id = 'browser';
        const form = document.createElement('form');
        form.name = 'browser';
        document.body.append(div, form);
      }),
    );
    await page.goto('https://partner.microsoft.com/en-us/support/request?variant=native');
    // The page's own script sees them under that name: the clobbering is real on this page.
    expect(await page.evaluate(() => String((window as unknown as { browser?: unknown }).browser))).toMatch(
      /HTMLCollection|HTML\w+Element/,
    );
    await page.locator('[data-csp-assistant="launcher"] button').click();
    await expect.poll(filledVersion).toBe('Live offer management');
    // Filled, the form goes on to its details page by itself.
    await page.waitForURL(/\/support\/request\/details/, { timeout: 20_000 });
    await page.close();
  });

  it('a fake Submit and a number on the page record no filed request: not by script, nor a number that was already there', async () => {
    await seedPending(session.browser.serviceWorker, requestFor('filed-by-nobody'));
    const page = await session.browser.context.newPage();
    await page.goto('https://partner.microsoft.com/en-us/support/request/details?variant=native');
    await page.locator('[data-csp-assistant="launcher"]').waitFor();
    await page.evaluate(() => {
      const button = document.createElement('button');
      button.textContent = 'Submit';
      button.id = 'fake-submit';
      const status = document.createElement('p');
      status.setAttribute('role', 'status');
      document.body.append(button, status);
      button.addEventListener('click', () => {
        status.textContent = `Your request was submitted. ${Date.now()}`;
      });
      // A page script presses it.
      button.click();
    });
    await page.waitForTimeout(500);
    // A person presses a Submit whose page already shows a case-like number: it is not this submit's.
    await page.evaluate(() => {
      const old = document.createElement('h2');
      old.textContent = 'Case 2611000000001 (last week)';
      document.body.append(old);
      const other = document.createElement('button');
      other.textContent = 'Submit';
      other.id = 'second-submit';
      document.body.append(other);
    });
    await page.locator('#second-submit').click();
    await page.waitForTimeout(1000);
    expect(await readStored(session.browser.serviceWorker, STORAGE_KEYS.filedRequests)).toBeUndefined();
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
