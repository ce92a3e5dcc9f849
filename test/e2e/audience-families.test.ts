/**
 * The audience page read on every family of controls the portal is built from — native HTML,
 * ARIA-only markup, Fluent UI v8 React, web components with open shadow roots — in English and
 * Korean: the selected option, the partner grid, the offer type (labelled, unlabelled, absent), and
 * the findings that follow a change made on the page.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sessionPerFile } from '../support/e2e-session';

const session = sessionPerFile();

// Korean pages use the portal's second wordings (labels=alt): the seed's heading form of option 3.
const OPTION3 = { 'en-us': 'No partners in the CSP program', 'ko-kr': 'CSP 프로그램에서 파트너 없음' } as const;

async function findingCodes(panel: Page): Promise<string[]> {
  return (
    await panel.locator('[data-finding-code]').evaluateAll((els) => els.map((el) => el.getAttribute('data-finding-code') ?? ''))
  ).sort();
}

async function openBeside(url: string): Promise<{ portal: Page; panel: Page }> {
  const portal = await session.browser.context.newPage();
  await portal.goto(url);
  await portal.locator('[data-csp-assistant="launcher"]').waitFor();
  const panel = await session.browser.context.newPage();
  await panel.goto(session.browser.panelUrl(await session.browser.tabIdOf(portal)));
  await panel.locator('[data-testid="audience"]').waitFor();
  return { portal, panel };
}

const offerUrl = (portal: string, offer: string, query: string) =>
  `https://partner.microsoft.com/${portal}/dashboard/commercial-marketplace/offers/${offer}/resellers?reset=1&${query}`;

describe('audience page on every family of controls', () => {
  for (const family of ['native', 'aria', 'fluent', 'wc', 'shoelace'] as const) {
    for (const portal of ['en-us', 'ko-kr'] as const) {
      it(`${family}, ${portal}: reads option and partner grid, and follows a change made on the page`, async () => {
        const { portal: page, panel } = await openBeside(
          offerUrl(portal, `${family}-${portal}`, `variant=${family}&option=2&partners=3${portal === 'ko-kr' ? '&labels=alt' : ''}`),
        );
        // Published, SaaS, three partners with countries: listing requirements and regions, nothing else.
        await expect.poll(() => findingCodes(panel)).toEqual(['optin.listing-requirements', 'region.scope']);
        await page.getByRole('radio', { name: OPTION3[portal] }).click();
        await expect.poll(() => findingCodes(panel)).toEqual(['draft.unsaved', 'transition.resale-unknown']);
        // The three partners of the grid are the ones asked about.
        expect(await panel.locator('[data-testid="resale-table"] select').count()).toBe(3);
        await Promise.all([page.close(), panel.close()]);
      });
    }
  }

  it('reads a container offer whose type is shown without its label (wc, ko-kr)', async () => {
    const { portal, panel } = await openBeside(offerUrl('ko-kr', 'unlabelled', 'variant=wc&option=3&type=container&typeLabel=unlabelled'));
    await expect.poll(() => findingCodes(panel)).toEqual(['offer.default-opt-in']);
    await Promise.all([portal.close(), panel.close()]);
  });

  it('says a SaaS offer shown without its type label is SaaS, not "not eligible" (native, ko-kr)', async () => {
    const { portal, panel } = await openBeside(
      offerUrl('ko-kr', 'unlabelled-saas', 'variant=native&option=3&type=saas&typeLabel=unlabelled'),
    );
    await expect.poll(() => findingCodes(panel)).toEqual([]);
    await Promise.all([portal.close(), panel.close()]);
  });

  it('asks for the offer type once when the page does not show it, and remembers the answer', async () => {
    const url = offerUrl('en-us', 'no-type', 'variant=fluent&option=3&typeLabel=absent');
    const first = await openBeside(url);
    await expect.poll(() => findingCodes(first.panel)).toEqual(['offer.type-unknown']);
    await first.panel.locator('#offer-type').selectOption('container');
    await expect.poll(() => findingCodes(first.panel)).toEqual(['offer.default-opt-in']);
    await Promise.all([first.portal.close(), first.panel.close()]);
    const again = await openBeside(url);
    await expect.poll(() => findingCodes(again.panel)).toEqual(['offer.default-opt-in']);
    expect(await again.panel.locator('#offer-type').inputValue()).toBe('container');
    await Promise.all([again.portal.close(), again.panel.close()]);
  });

  it('follows a change on a page that never stops changing (a node changes every animation frame)', async () => {
    const { portal, panel } = await openBeside(offerUrl('en-us', 'busy', 'variant=native&option=2&partners=3&busy=1'));
    // In front, as beside a real side panel: a background tab gets no animation frames, and is quiet.
    await portal.bringToFront();
    await portal.waitForFunction(() => new Promise((done) => requestAnimationFrame(() => done(true))));
    await expect.poll(() => findingCodes(panel), { timeout: 5000 }).toEqual(['optin.listing-requirements', 'region.scope']);
    await portal.getByRole('radio', { name: OPTION3['en-us'] }).click();
    // A watcher that only waits for the page to go quiet would never read it (npm run bench times it).
    await expect.poll(() => findingCodes(panel), { timeout: 5000 }).toEqual(['draft.unsaved', 'transition.resale-unknown']);
    await Promise.all([portal.close(), panel.close()]);
  });

  it('says "not eligible" only for a type it read and knows is not in the program', async () => {
    const { portal, panel } = await openBeside(offerUrl('en-us', 'iot', 'variant=aria&option=3&type=iot-edge'));
    await expect.poll(() => findingCodes(panel)).toEqual(['offer.not-eligible']);
    await Promise.all([portal.close(), panel.close()]);
  });
});
