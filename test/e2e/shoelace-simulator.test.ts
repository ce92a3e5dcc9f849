/**
 * The simulator's 'shoelace' family (the real Shoelace 2 components) in real Chromium, in English
 * and Korean, without the extension: operated with Playwright's mouse and keyboard (trusted input,
 * as a person's), its pages hear what a person does; a script's bare click, or a value written into
 * the select's inner input, changes nothing; the event sequence a person's pointer makes does. So a
 * driver that works here must drive controls the way a person does (SPEC §7).
 */
import { request } from 'node:https';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog } from '../simulator/catalog';
import { startSimulator, type Simulator } from '../simulator/server';
import { pageWords, supportOptions } from '../simulator/words';
import { findChromium, offlineChromiumArgs } from '../support/extension-browser';

const LANGS = [
  { lang: 'en', portal: 'en-us', locale: 'en-US', title: 'Deauthorize CSP' },
  { lang: 'ko', portal: 'ko-kr', locale: 'ko-KR', title: 'CSP 권한 부여 취소' },
] as const;
/** Options load, and an opened list shows them, this late (ms). */
const DELAY = 150;
const CATALOG = buildCatalog();
/** Every wording of the 2020 module title: the 'shoelace' audience page shows none of them. */
const MODULE_TITLES = (['en', 'ko'] as const).flatMap((l) => [pageWords(l).module, pageWords(l, true).module]);

let sim: Simulator;
let browser: Browser;
beforeAll(async () => {
  sim = await startSimulator();
  browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: offlineChromiumArgs(sim.hostRules),
  });
});
afterAll(async () => {
  await browser?.close();
  await sim?.close();
});

/** Status and content type of a GET to the simulator, the path sent as it is (not normalised). */
function get(path: string): Promise<{ status: number; type: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: sim.port, path, headers: { host: 'partner.microsoft.com' }, rejectUnauthorized: false },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']) }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

interface Opened {
  context: BrowserContext;
  page: Page;
  /** Requests for anything but the simulated portal: the components must all be served locally. */
  foreign: string[];
}

async function open(locale: string, url: string): Promise<Opened> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, locale, viewport: { width: 1280, height: 900 } });
  const foreign: string[] = [];
  context.on('request', (request) => {
    const { protocol, hostname } = new URL(request.url());
    if (protocol !== 'data:' && hostname !== 'partner.microsoft.com') foreign.push(request.url());
  });
  const page = await context.newPage();
  await page.goto(url);
  // The page is rendered once the components are defined.
  await page.locator('main h1').waitFor();
  return { context, page, foreign };
}

/**
 * Dispatches, from the page's own script, the events a person's pointer makes on `element`, at its
 * centre: pointerdown, mousedown, pointerup, mouseup, click, all composed and bubbling.
 */
function pointerSequence(element: Element): void {
  const box = element.getBoundingClientRect();
  const at = {
    bubbles: true,
    composed: true,
    cancelable: true,
    view: window,
    clientX: box.x + box.width / 2,
    clientY: box.y + box.height / 2,
  };
  const pointer = { ...at, pointerId: 1, pointerType: 'mouse', isPrimary: true };
  element.dispatchEvent(new PointerEvent('pointerdown', { ...pointer, buttons: 1 }));
  element.dispatchEvent(new MouseEvent('mousedown', { ...at, buttons: 1 }));
  element.dispatchEvent(new PointerEvent('pointerup', pointer));
  element.dispatchEvent(new MouseEvent('mouseup', at));
  element.dispatchEvent(new MouseEvent('click', at));
}

/**
 * Opens the select with the mouse, clicks the option once the late options are there, and waits for
 * the list to be closed: sl-select reopened during its closing animation (100 ms) stays expanded
 * with its listbox hidden.
 */
async function pick(page: Page, combobox: Locator, option: string): Promise<void> {
  await combobox.click();
  const choice = page.getByRole('option', { name: option, exact: true });
  await choice.click();
  await expect.poll(() => combobox.inputValue()).toBe(option);
  await choice.waitFor({ state: 'hidden' });
}

describe('shoelace family: the real Shoelace 2 components, bound through their own events', () => {
  it("serves the package's browser build from node_modules, and nothing outside it", async () => {
    expect(await get('/__sim/shoelace/components/select/select.js')).toEqual({ status: 200, type: 'text/javascript; charset=utf-8' });
    expect(await get('/__sim/shoelace/themes/light.css')).toEqual({ status: 200, type: 'text/css; charset=utf-8' });
    for (const path of [
      '/__sim/shoelace/../../package.json',
      '/__sim/shoelace/%2e%2e/dist/shoelace.js',
      '/__sim/shoelace/..%2fdist%2fshoelace.js',
      '/__sim/shoelace/..%2f..%2f..%2flit%2findex.js',
      '/__sim/shoelace/themes/light.css%00.js',
      '/__sim/shoelace/components',
    ]) {
      expect((await get(path)).status, path).toBe(404);
    }
  });

  for (const { lang, portal, locale, title } of LANGS) {
    const W = pageWords(lang);
    const O = supportOptions(lang, false);
    const supportUrl = `https://partner.microsoft.com/${portal}/support/request?variant=shoelace&delay=${DELAY}`;

    it(`${lang}: a person picks the late options, types the details, and the request posted has them`, async () => {
      const { context, page, foreign } = await open(locale, supportUrl);
      const combobox = (label: string) => page.getByRole('combobox', { name: label });
      // The first dropdowns come prefilled; the next ones wait for the one before.
      await expect.poll(() => combobox(W.problemArea).inputValue()).toBe(O.problemArea[0]!);
      await expect.poll(() => combobox(W.program).inputValue()).toBe(O.program[0]!);
      await expect.poll(() => combobox(W.categoryField).isDisabled()).toBe(true);
      const next = page.getByRole('button', { name: W.next });
      await expect.poll(() => next.isDisabled()).toBe(true);

      await pick(page, combobox(W.productVersionField), W.liveOfferManagement);
      await pick(page, combobox(W.categoryField), O.category[0]!);
      await pick(page, combobox(W.problemField), W.updateExistingOffer);
      await expect.poll(() => next.isEnabled()).toBe(true);
      await next.click();

      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(W.detailsPage);
      await page.getByRole('textbox', { name: W.titleField }).click();
      await page.keyboard.type(title);
      await page.getByRole('textbox', { name: W.descriptionField }).click();
      await page.keyboard.type('Partner 0f8fad5b-d9cb-469f-a165-70867728950e');
      await page.getByRole('button', { name: W.submit }).click();
      await expect.poll(() => page.getByRole('status').textContent()).toContain(W.submitted);
      expect(sim.submissions().at(-1)).toMatchObject({
        locale: lang,
        variant: 'shoelace',
        fields: {
          problemArea: O.problemArea[0],
          program: O.program[0],
          productVersion: W.liveOfferManagement,
          category: O.category[0],
          problem: W.updateExistingOffer,
          title,
          description: 'Partner 0f8fad5b-d9cb-469f-a165-70867728950e',
        },
      });
      expect(foreign).toEqual([]);
      await context.close();
    });

    it(`${lang}: a script's bare click or written value changes nothing; a pointer sequence or the keyboard does`, async () => {
      const { context, page } = await open(locale, supportUrl);
      const version = page.getByRole('combobox', { name: W.productVersionField });
      const category = page.getByRole('combobox', { name: W.categoryField });
      await expect.poll(() => version.isEnabled()).toBe(true);

      // A bare click, and a value written into the inner input, from the page's own script: nothing
      // opens, nothing is picked, and the page's state (its category waits for a version) is unmoved.
      await version.evaluate((input: HTMLElement) => input.click());
      await version.evaluate((input: HTMLInputElement, text) => {
        input.value = text;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }, W.liveOfferManagement);
      await page.waitForTimeout(2 * DELAY + 100);
      await expect.poll(() => version.getAttribute('aria-expanded')).toBe('false');
      expect(await page.getByRole('option').count()).toBe(0);
      await expect.poll(() => category.isDisabled()).toBe(true);

      // The events a person's pointer makes, dispatched by script: mousedown opens, mouseup picks.
      await version.evaluate(pointerSequence);
      await expect.poll(() => version.getAttribute('aria-expanded')).toBe('true');
      const live = page.getByRole('option', { name: W.liveOfferManagement, exact: true });
      await live.waitFor();
      await live.evaluate(pointerSequence);
      await expect.poll(() => version.inputValue()).toBe(W.liveOfferManagement);
      await expect.poll(() => live.getAttribute('aria-selected')).toBe('true');
      await expect.poll(() => category.isEnabled()).toBe(true);

      // The keyboard: ArrowDown opens (the options arrive late), ArrowDown moves to the first, Enter picks it.
      await category.focus();
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => category.getAttribute('aria-expanded')).toBe('true');
      await page.getByRole('option', { name: O.category[0]!, exact: true }).waitFor();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect.poll(() => category.inputValue()).toBe(O.category[0]!);
      await expect.poll(() => category.getAttribute('aria-expanded')).toBe('false');
      await expect.poll(() => page.getByRole('combobox', { name: W.problemField }).isEnabled()).toBe(true);
      await context.close();
    });

    it(`${lang}: the audience page is "${W.resellPage}", with sl-radio options, the partner table and an sl-dialog to add partners`, async () => {
      const [shown, refused, added] = [CATALOG.slice(0, 3), CATALOG[3]!, CATALOG[4]!];
      const { context, page, foreign } = await open(
        locale,
        `https://partner.microsoft.com/${portal}/dashboard/commercial-marketplace/offers/sl-${lang}/resellers` +
          `?variant=shoelace&reset=1&option=2&partners=3&searchDelay=${DELAY}&refuse=${refused.tenantId}`,
      );
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(W.resellPage);
      await expect
        .poll(() => page.getByRole('navigation').getByRole('link', { name: W.resellPage }).getAttribute('aria-current'))
        .toBe('page');
      const text = await page.evaluate(() => {
        const parts = [document.title];
        const walk = (node: Node): void => {
          if (node instanceof HTMLScriptElement || node instanceof HTMLStyleElement) return;
          if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
          if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
          for (const child of node.childNodes) walk(child);
        };
        walk(document.body);
        return parts.join('\n').toLowerCase();
      });
      for (const moduleTitle of MODULE_TITLES) expect(text).not.toContain(moduleTitle.toLowerCase());

      expect(await page.locator('sl-radio-group > sl-radio').allTextContents()).toEqual([W.option1, W.option2, W.option3]);
      await expect.poll(() => page.getByRole('radio', { name: W.option2 }).isChecked()).toBe(true);
      const grid = page.getByRole('grid', { name: W.partnersGrid });
      await expect.poll(() => grid.getByRole('row').count()).toBe(1 + shown.length);
      for (const p of shown) await grid.getByRole('gridcell', { name: p.tenantId }).waitFor();
      await grid.getByRole('button', { name: `${W.remove} ${shown[0]!.name}` }).waitFor();

      // The radios are bound too: option 3 hides the partners and leaves unsaved changes.
      await page.getByRole('radio', { name: W.option3 }).click();
      await grid.waitFor({ state: 'hidden' });
      await page.getByText(W.unsaved).waitFor();
      await page.getByRole('radio', { name: W.option2 }).click();

      await page.getByRole('button', { name: W.selectPartners }).click();
      await page.getByRole('dialog', { name: W.selectPartners }).waitFor();
      // role=dialog is on a part of sl-dialog's shadow root; its content is the host's, slotted in.
      const dialog = page.locator('sl-dialog');
      const checkboxes = dialog.getByRole('checkbox');
      // Search-first: nobody is listed until a search, and a refused partner never is.
      await expect.poll(() => checkboxes.count()).toBe(0);
      const search = dialog.getByRole('searchbox', { name: W.search });
      await search.click();
      await page.keyboard.type(refused.tenantId);
      await page.waitForTimeout(2 * DELAY + 100);
      await expect.poll(() => checkboxes.count()).toBe(0);
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Backspace');
      await page.keyboard.type(added.tenantId);
      await expect.poll(() => checkboxes.count()).toBe(1);

      // The filters narrow the results: another country lists nobody, the partner's own lists it again.
      const country = dialog.getByRole('combobox', { name: W.filterCountry });
      await pick(page, country, added.country === 'US' ? 'KR' : 'US');
      await expect.poll(() => checkboxes.count()).toBe(0);
      await pick(page, country, added.country);
      await expect.poll(() => checkboxes.count()).toBe(1);

      // A person clicks the box or its words (the native input inside is transparent and covered).
      await dialog.locator('sl-checkbox', { hasText: added.tenantId }).click();
      await expect.poll(() => checkboxes.first().isChecked()).toBe(true);
      await dialog.getByRole('button', { name: W.add, exact: true }).click();
      await expect.poll(() => dialog.count()).toBe(0);
      await expect.poll(() => grid.getByRole('row').count()).toBe(2 + shown.length);
      await grid.getByRole('gridcell', { name: added.tenantId }).waitFor();
      expect(foreign).toEqual([]);
      await context.close();
    });
  }
});
