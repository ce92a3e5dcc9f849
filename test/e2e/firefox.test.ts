/**
 * Firefox ESR, end to end: the cross-browser scenarios (scenarios/cross-browser.ts) on the Firefox
 * build, loaded as a temporary add-on, plus what only Firefox has: the sidebar is one per window, so
 * a panel not told its tab follows the active one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../simulator/server';
import { launchFirefox, type FirefoxSession } from '../support/firefox-browser';
import { crossBrowserScenarios } from './scenarios/cross-browser';

let sim: Simulator;
let firefox: FirefoxSession;
beforeAll(async () => {
  sim = await startSimulator();
  firefox = await launchFirefox({ simPort: sim.port });
});
afterAll(async () => {
  await firefox?.close();
  await sim?.close();
});

crossBrowserScenarios(() => ({ browser: firefox.scenario, sim }));

describe('Firefox only', () => {
  it('a panel not told its tab (the sidebar) follows the tab the publisher brings to the front', async () => {
    const panel = await firefox.openExtensionPage('src/panel/index.html');
    // Opened in its own tab, the panel's active tab is itself: not a portal page.
    await panel.waitForSelector('[data-state="not-portal"]');
    const portal = await firefox.browser.newPage();
    await portal.goto(
      'https://partner.microsoft.com/en-us/dashboard/commercial-marketplace/offers/sidebar-offer/resellers?reset=1&option=2&partners=1',
    );
    await portal.waitForSelector('[data-csp-assistant="launcher"]');
    await portal.bringToFront();
    await panel.waitForSelector('[data-testid="audience"]');
    expect(await panel.$eval('#offer-name', (el) => el.textContent)).toBeTruthy();
    expect(await panel.$eval('[data-testid="audience"] .mono', (el) => el.textContent)).toBe('sidebar-offer');
    await Promise.all([panel.close(), portal.close()]);
  });

  it('brought to the front while still loading, and twice in quick succession: the panel ends on the front tab', async () => {
    const offerUrl = (id: string) =>
      `https://partner.microsoft.com/en-us/dashboard/commercial-marketplace/offers/${id}/resellers?reset=1&option=2&partners=1`;
    const shownOffer = (id: string) =>
      panel.waitForFunction(
        (offer) => document.querySelector('[data-testid="audience"] .mono')?.textContent === offer,
        { polling: 'mutation', timeout: 15_000 },
        id,
      );
    const panel = await firefox.openExtensionPage('src/panel/index.html');
    await panel.waitForSelector('[data-state="not-portal"]');
    const first = await firefox.browser.newPage();
    await first.goto(offerUrl('race-first'));
    await shownOffer('race-first');

    // The second tab comes to the front before its page (and so its content script) is there.
    const second = await firefox.browser.newPage();
    const loading = second.goto(offerUrl('race-second'));
    await second.bringToFront();
    await first.bringToFront();
    await second.bringToFront();
    await loading;
    await shownOffer('race-second');

    await first.bringToFront();
    await second.bringToFront();
    await first.bringToFront();
    await shownOffer('race-first');
    await Promise.all([panel.close(), first.close(), second.close()]);
  });
});
