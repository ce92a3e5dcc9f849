/**
 * The scenarios every supported browser must pass, written once against ScenarioBrowser: Chromium
 * runs them in chromium-scenarios.test.ts, Firefox ESR in firefox.test.ts. The content script on the
 * portal, the panel reading it, a CSV import through the worker into IndexedDB with search and export,
 * the support form filled from the launcher (never submitted), and no request to any other host.
 */
import { deauthorizeRequest } from '../../support/requests';
import { describe, expect, it } from 'vitest';
import { STORAGE_KEYS } from '../../../src/storage/keys';
import { requestFor } from '../../support/extension-storage';
import { buildCatalog } from '../../simulator/catalog';
import type { Simulator } from '../../simulator/server';
import { deep, type ScenarioBrowser, type ScenarioTab } from '../../support/scenario-browser';

const PORTAL = 'https://partner.microsoft.com/en-us';
const LAUNCHER = deep('[data-csp-assistant="launcher"]', 'button');
const offerUrl = (offerId: string, query: string) =>
  `${PORTAL}/dashboard/commercial-marketplace/offers/${offerId}/resellers?reset=1${query}`;

/** The value of the text field a label names, as the page's own user would read it. */
function fieldByLabel(tab: ScenarioTab, label: string): Promise<string> {
  return tab.evaluate((text) => {
    const found = [...document.querySelectorAll('label')].find((l) => (l.textContent ?? '').trim().startsWith(text));
    const control = found ? document.getElementById(found.htmlFor) : null;
    return control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement ? control.value : `no field labelled ${text}`;
  }, label);
}

/** Clicks the radio a label names on the (native) audience page, as the publisher would. */
function chooseRadio(tab: ScenarioTab, label: string): Promise<void> {
  return tab.evaluate((text) => {
    const found = [...document.querySelectorAll('label')].find((l) => (l.textContent ?? '').trim() === text);
    if (!found) throw new Error(`no radio labelled ${text}`);
    found.querySelector('input')!.click();
  }, label);
}

const findingCodes = async (panel: ScenarioTab) =>
  ((await panel.attributes('[data-finding-code]', 'data-finding-code')) as string[]).sort();

export function crossBrowserScenarios(context: () => { browser: ScenarioBrowser; sim: Simulator }): void {
  const b = () => context().browser;

  describe('cross-browser scenarios', () => {
    it('the content script recognises the audience page and the support form, and places the launcher there only', async () => {
      const audience = await b().open(offerUrl('launcher-offer', '&option=2&partners=1'));
      await audience.waitFor(LAUNCHER);
      expect(await audience.texts(LAUNCHER)).toEqual(['CSP Assistant']);
      const support = await b().open(`${PORTAL}/support/request?variant=native`);
      await expect.poll(() => support.texts(LAUNCHER)).toEqual(['Fill support request']);
      const home = await b().open(`${PORTAL}/dashboard/home`);
      await home.waitFor('h1');
      // Given time to appear, it does not: the dashboard is neither page.
      await new Promise((done) => setTimeout(done, 500));
      expect(await home.count('[data-csp-assistant="launcher"]')).toBe(0);
      await Promise.all([audience.close(), support.close(), home.close()]);
    });

    it('the panel reads the audience page and its findings follow a change made on the page', async () => {
      const portal = await b().open(offerUrl('panel-offer', '&option=2&partners=2'));
      await portal.waitFor(LAUNCHER);
      const panel = await b().openPanel(portal);
      await panel.waitFor('[data-finding-code="optin.listing-requirements"]');
      expect(await findingCodes(panel)).toEqual(['optin.listing-requirements', 'region.scope']);
      await chooseRadio(portal, 'No partners in the CSP program');
      await expect.poll(() => findingCodes(panel)).toContain('transition.resale-unknown');
      await Promise.all([portal.close(), panel.close()]);
    });

    it('imports a CSV into a saved list through the worker and IndexedDB, then searches and exports it', async () => {
      const catalog = buildCatalog(30, 3);
      const portal = await b().open(offerUrl('lists-offer', '&option=2&partners=1'));
      await portal.waitFor(LAUNCHER);
      const panel = await b().openPanel(portal);
      await panel.click('#tab-lists');
      const rows = ['Partner name,Tenant ID,Country/region', ...catalog.map((p) => `${p.name},${p.tenantId},${p.country}`)];
      await panel.setFile('[data-testid="import-file"]', {
        name: 'resellers.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(`${rows.join('\r\n')}\r\n`),
      });
      await panel.waitFor('[data-testid="import-preview"]');
      await panel.click('[data-testid="import-commit"]');
      await panel.waitFor('[data-testid="import-done"]');
      expect(await panel.texts('[data-testid="list-select"] option')).toEqual(['resellers (30)']);

      const target = catalog[4]!;
      await panel.fill('#partner-search', target.tenantId.slice(0, 13));
      await expect.poll(() => panel.texts('[data-testid="search-count"]')).toEqual(['1 partner']);
      expect(await panel.attributes('.virtual tbody tr', 'data-tenant-id')).toEqual([target.tenantId]);
      await panel.fill('#partner-search', '');
      await expect.poll(() => panel.texts('[data-testid="search-count"]')).toEqual(['30 partners']);

      // The export is a file the panel makes itself: its text is taken where the panel makes it.
      await panel.evaluate(() => {
        const made: Promise<string>[] = [];
        const original = URL.createObjectURL.bind(URL);
        URL.createObjectURL = (blob: Blob | MediaSource) => {
          // Decoded keeping the byte-order mark, which Excel needs and Blob.text() would drop.
          if (blob instanceof Blob)
            made.push(blob.arrayBuffer().then((bytes) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)));
          return original(blob);
        };
        (window as unknown as { exported: () => Promise<string[]> }).exported = () => Promise.all(made);
      }, null);
      await panel.click('[data-testid="list-menu"] summary');
      await panel.click('[data-testid="export-csv"]');
      const exported = () => panel.evaluate(() => (window as unknown as { exported: () => Promise<string[]> }).exported(), null);
      await expect.poll(async () => (await exported()).length).toBe(1);
      const lines = (await exported())[0]!.trimEnd().split('\r\n');
      expect(lines[0]?.startsWith('\ufeffTenant ID,Partner name,Country/region')).toBe(true);
      expect(
        lines
          .slice(1)
          .map((l) => l.split(',')[0])
          .sort(),
      ).toEqual(catalog.map((p) => p.tenantId).sort());

      // The Data tab says whether the browser keeps the lists under disk pressure, and what they use.
      await panel.click('#tab-data');
      await panel.waitFor('[data-testid="storage-persistence"]');
      expect(await panel.attributes('[data-testid="storage-persistence"]', 'data-persisted')).toEqual([
        expect.stringMatching(/^(true|false)$/),
      ]);
      expect((await panel.texts('[data-testid="storage-persistence"]'))[0]).toMatch(/ · [\d.,]+ MB used$/);
      await Promise.all([portal.close(), panel.close()]);
    });

    it('fills the support form on a page whose own markup names elements "browser" (a div id, a form name)', async () => {
      await b().setExtensionStorage({
        [STORAGE_KEYS.pendingRequest]: { request: requestFor('clobbered-offer'), stage: 'request', autoFill: false },
        [STORAGE_KEYS.fillReports]: [],
      });
      // In place before the content script starts (document_idle): window.browser is then these elements.
      const clobber = `document.addEventListener('DOMContentLoaded', () => {
        const div = document.createElement('div'); div.id = 'browser';
        const form = document.createElement('form'); form.name = 'browser';
        document.body.append(div, form);
      });`;
      const support = await b().open(`${PORTAL}/support/request?variant=native`, clobber);
      expect(await support.evaluate(() => String((window as unknown as { browser?: unknown }).browser), null)).toMatch(
        /HTMLCollection|HTML\w*Element/,
      );
      await expect.poll(() => support.texts(LAUNCHER)).toEqual(['Fill support request']);
      await support.click(LAUNCHER);
      await expect.poll(() => support.url(), { timeout: 20_000 }).toMatch(/\/support\/request\/details/);
      await expect.poll(() => fieldByLabel(support, 'Title')).toBe('Deauthorize CSP');
      await support.close();
    });

    it('fills the support form from the launcher, both pages, and never submits', async () => {
      const submittedBefore = context().sim.submissions().length;
      const request = deauthorizeRequest('cross-offer', 'Cross Offer');
      await b().setExtensionStorage({
        [STORAGE_KEYS.pendingRequest]: { request, stage: 'request', autoFill: false },
        [STORAGE_KEYS.fillReports]: [],
      });
      const support = await b().open(`${PORTAL}/support/request?variant=native&delay=100`);
      await expect.poll(() => support.texts(LAUNCHER)).toEqual(['Fill support request']);
      await support.click(LAUNCHER);
      await expect.poll(() => support.url(), { timeout: 20_000 }).toMatch(/\/support\/request\/details/);
      await expect.poll(() => fieldByLabel(support, 'Title')).toBe('Deauthorize CSP');
      const description = await fieldByLabel(support, 'Description');
      expect(description).toContain('Offer ID: cross-offer');
      expect(description).toContain('0f8fad5b-d9cb-469f-a165-70867728950e');
      expect(await support.texts('.summary li')).toEqual([
        'Commercial Marketplace',
        'Marketplace offers',
        'Live offer management',
        'Software as a Service offer',
        'Update existing offer',
      ]);
      expect(context().sim.submissions()).toHaveLength(submittedBefore);
      await support.close();
    });

    it('made no request to any host but the simulated portal', () => {
      expect(b().foreignHosts()).toEqual([]);
    });
  });
}
