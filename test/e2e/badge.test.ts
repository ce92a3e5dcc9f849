/**
 * The toolbar badge of a portal tab, with no panel open: "!" while the change on the audience page
 * needs a support request or can't be made, nothing once the page is fine again; the reading is
 * remembered by the background too (what is live, taken on first sight), so a panel opened later knows it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../simulator/server';
import { launchExtensionBrowser, type ExtensionBrowser } from '../support/extension-browser';

let sim: Simulator;
let browser: ExtensionBrowser;
beforeAll(async () => {
  sim = await startSimulator();
  browser = await launchExtensionBrowser({ hostRules: sim.hostRules });
});
afterAll(async () => {
  await browser?.close();
  await sim?.close();
});

const offerUrl = (offerId: string, query: string) =>
  `https://partner.microsoft.com/en-us/dashboard/commercial-marketplace/offers/${offerId}/resellers?reset=1${query}`;

declare const chrome: { action: { getBadgeText(d: { tabId: number }): Promise<string>; getTitle(d: { tabId: number }): Promise<string> } };

async function badgeOf(tabId: number): Promise<{ text: string; title: string }> {
  return browser.serviceWorker.evaluate(
    async (id) => ({ text: await chrome.action.getBadgeText({ tabId: id }), title: await chrome.action.getTitle({ tabId: id }) }),
    tabId,
  );
}

describe('toolbar badge', () => {
  it('says "!" while a published offer leaves "any partner" for "no partners", and clears when the page goes back', async () => {
    const portal = await browser.context.newPage();
    await portal.goto(offerUrl('badge-1-to-3', '&option=1'));
    await portal.locator('[data-csp-assistant="launcher"]').waitFor();
    const tabId = await browser.tabIdOf(portal);
    // First sight of the published page, nothing unsaved: option 1 is taken as live, and nothing needs doing.
    await expect.poll(() => badgeOf(tabId)).toEqual({ text: '', title: 'Open CSP Audience Assistant' });

    await portal.getByRole('radio', { name: 'No partners in the CSP program' }).click();
    await expect
      .poll(() => badgeOf(tabId))
      .toEqual({
        text: '!',
        title: 'CSP Audience Assistant: this change to the CSP reseller audience needs a support request. Open the panel to prepare it.',
      });

    await portal.getByRole('radio', { name: 'Any partner in the CSP program' }).click();
    await expect.poll(() => badgeOf(tabId)).toEqual({ text: '', title: 'Open CSP Audience Assistant' });

    // A panel opened now finds what the background remembered with no panel open: option 1 is live.
    const panel = await browser.context.newPage();
    await panel.goto(browser.panelUrl(tabId));
    await expect.poll(() => panel.locator('#live-option').inputValue()).toBe('1');
    await panel.close();
    await portal.close();
  });

  it('says "!" when the change can\'t be made as it stands: specific partners, and none selected', async () => {
    const portal = await browser.context.newPage();
    await portal.goto(offerUrl('badge-empty', '&option=2&partners=0&published=0'));
    await portal.locator('[data-csp-assistant="launcher"]').waitFor();
    const tabId = await browser.tabIdOf(portal);
    await expect.poll(async () => (await badgeOf(tabId)).text).toBe('!');
    expect((await badgeOf(tabId)).title).toContain('can’t be made as it stands');
    await portal.close();
  });
});
