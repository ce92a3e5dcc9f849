/**
 * The foundation, proved in real Chromium: the shipped build loads, its content script runs on the
 * simulated portal, the launcher opens the side panel, the panel talks to the portal tab and to its
 * storage worker, and nothing leaves for a host other than the simulator.
 */
import { describe, expect, it } from 'vitest';
import { sessionPerFile } from '../support/e2e-session';

const AUDIENCE = 'https://partner.microsoft.com/en-us/dashboard/commercial-marketplace/offers/contoso-analytics/resellers?reset=1';

const session = sessionPerFile();

describe('foundation', () => {
  it('runs the content script on the simulated portal and places the launcher', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(AUDIENCE);
    const launcher = page.locator('[data-csp-assistant="launcher"]');
    await launcher.waitFor();
    const hasShadowButton = await launcher.evaluate((el) => el.shadowRoot?.mode === 'open' && !!el.shadowRoot.querySelector('button'));
    expect(hasShadowButton).toBe(true);
    await page.close();
  });

  it('places no launcher on a portal page that is neither audience nor support', async () => {
    const page = await session.browser.context.newPage();
    await page.goto('https://partner.microsoft.com/en-us/dashboard/home');
    await page.waitForLoadState('load');
    // The content script has run once the document is idle; give its debounced watcher time to settle.
    await page.waitForTimeout(500);
    expect(await page.locator('[data-csp-assistant="launcher"]').count()).toBe(0);
    await page.close();
  });

  it('opens the side panel for the tab when the launcher is clicked', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(AUDIENCE);
    const tabId = await session.browser.tabIdOf(page);
    const panelUrl = `/src/panel/index.html?tabId=${tabId}`;
    expect(await session.browser.targetUrls()).not.toContainEqual(expect.stringContaining(panelUrl));
    await page.locator('[data-csp-assistant="launcher"] button').click();
    // The side panel is a target of its own, not always announced as a page: ask the session.browser.
    await expect.poll(() => session.browser.targetUrls(), { timeout: 10_000 }).toContainEqual(expect.stringContaining(panelUrl));
    await page.close();
  });

  it('lets the panel, opened as a tab with ?tabId, exchange messages with the content script and its worker', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(AUDIENCE.replace('/en-us/', '/ko-kr/'));
    const tabId = await session.browser.tabIdOf(page);
    const panel = await session.browser.context.newPage();
    await panel.goto(session.browser.panelUrl(tabId));
    const status = panel.locator('[data-testid="connection"][data-state="connected"]');
    await status.waitFor();
    expect(await status.textContent()).toBe('CSP reseller audience page');
    await panel.getByRole('tab', { name: 'Lists' }).click();
    await panel.locator('[data-testid="storage-status"]', { hasText: /saved lists?$/ }).waitFor();
    await panel.close();
    await page.close();
  });

  it('makes no request to any host but the simulator', () => {
    expect(session.browser.foreignRequests).toEqual([]);
    const offOrigin = session.browser.extensionRequests.filter(
      (url) => !url.startsWith(`chrome-extension://${session.browser.extensionId}/`),
    );
    expect(offOrigin).toEqual([]);
    expect(session.browser.extensionRequests.length).toBeGreaterThan(0);
  });
});
