/** The panel with axe-core in real Chromium, light and dark, every tool; and the tools by keyboard alone. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSimulator, type Simulator } from '../simulator/server';
import { launchExtensionBrowser, type ExtensionBrowser } from '../support/extension-browser';
import { requestFor, STORAGE_KEYS, writeStored } from '../support/extension-storage';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator();
});
afterAll(() => sim?.close());

/** Serious and critical violations; axe runs through CDP, so the panel's strict CSP needs no exception. */
async function seriousViolations(panel: Page): Promise<string[]> {
  await panel.evaluate(AXE);
  const violations = await panel.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (root: Document) => Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * What sits behind a horizontal scroll: the page itself, or a box inside it that scrolls sideways.
 * (A clipped line with an ellipsis, its full text in a tooltip, is a choice, not a scroll.)
 */
function overflowing(panel: Page): Promise<string[]> {
  return panel.evaluate(() => {
    const found: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) found.push(`page (${root.scrollWidth} > ${root.clientWidth})`);
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      const style = getComputedStyle(element);
      if (!['auto', 'scroll'].includes(style.overflowX) || element.clientWidth === 0) continue;
      if (element.scrollWidth > element.clientWidth + 1)
        found.push(`${element.tagName.toLowerCase()}.${element.className} (${element.scrollWidth} > ${element.clientWidth})`);
    }
    return found;
  });
}

// The tool tabs by position: their names are in the panel's language.
const TOOLS = ['audience', 'lists', 'support', 'offers', 'data'] as const;

for (const [colorScheme, locale] of [
  ['light', 'en-US'],
  ['dark', 'en-US'],
  ['light', 'ko-KR'],
  ['dark', 'ko-KR'],
] as const) {
  describe(`the panel (${colorScheme}, ${locale})`, () => {
    let browser: ExtensionBrowser;
    let panel: Page;
    beforeAll(async () => {
      browser = await launchExtensionBrowser({ hostRules: sim.hostRules, colorScheme, locale });
      const portal = await browser.context.newPage();
      await portal.goto(
        `https://partner.microsoft.com/en-us/dashboard/commercial-marketplace/offers/a11y-${colorScheme}/resellers?reset=1&option=2&partners=2`,
      );
      await portal.locator('[data-csp-assistant="launcher"]').waitFor();
      panel = await browser.context.newPage();
      await panel.goto(browser.panelUrl(await browser.tabIdOf(portal)));
      await panel.locator('[data-finding-code]').first().waitFor();
      await portal.getByLabel('No partners in the CSP program').check();
      await panel.locator('[data-finding-code="transition.resale-unknown"]').waitFor();
      // A saved list, so that the lists tool shows its table, the diff and the apply section.
      await panel.locator('#tab-lists').click();
      const rows = [
        'Tenant ID,Partner name,Country/region',
        '0f8fad5b-d9cb-469f-a165-70867728950e,Fabrikam Cloud Services International,KR',
      ];
      await panel
        .locator('[data-testid="import-file"]')
        .setInputFiles({ name: 'a11y.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\r\n')) });
      await panel.locator('[data-testid="import-commit"]').click();
      await panel.locator('[data-testid="import-done"]').waitFor();
      await panel.locator('#tab-audience').click();
    });
    afterAll(() => browser?.close());

    it.each(TOOLS)(
      '%s: no serious or critical axe violation; at 320 and 400 px nothing overflows sideways; body text 14 px',
      async (tool) => {
        await panel.locator(`#tab-${tool}`).click();
        await panel.waitForTimeout(200);
        expect(await seriousViolations(panel)).toEqual([]);
        for (const width of [320, 400]) {
          await panel.setViewportSize({ width, height: 800 });
          expect(await overflowing(panel), `${tool} at ${width} px`).toEqual([]);
        }
        expect(await panel.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('14px');
      },
    );

    it('keeps the tool tabs on one row, each where it was whichever is selected, from 320 to 400 px', async () => {
      for (const width of [320, 360, 400]) {
        await panel.setViewportSize({ width, height: 800 });
        const rows: string[][] = [];
        for (const tool of TOOLS) {
          await panel.locator(`#tab-${tool}`).click();
          rows.push(await tabBoxes(panel));
        }
        expect(new Set(rows[0]!.map((box) => box.split(' ')[0])).size, `one row at ${width} px`).toBe(1);
        for (const row of rows) expect(row, `at ${width} px`).toEqual(rows[0]);
        expect(await overflowing(panel), `tabs at ${width} px`).toEqual([]);
      }
    });

    it("opens the list's ⋯ menu and its rename form inside the panel at 320 px", async () => {
      await panel.setViewportSize({ width: 320, height: 800 });
      await panel.locator('#tab-lists').click();
      await panel.locator('[data-testid="list-menu"] summary').click();
      await expect.poll(() => insideWindow(panel, '[data-testid="list-menu-items"]')).toBe(true);
      await panel.locator('[data-testid="rename-list"]').click();
      await expect.poll(() => insideWindow(panel, '#list-name')).toBe(true);
      await expect.poll(() => insideWindow(panel, '[data-testid="list-menu-items"]')).toBe(true);
      expect(await overflowing(panel)).toEqual([]);
      await panel.keyboard.press('Escape');
    });

    it('passes with a menu open, a restore preview and a support summary shown, and nothing overflows at 320 px', async () => {
      const check = async (state: string) => {
        expect(await seriousViolations(panel), state).toEqual([]);
        await panel.setViewportSize({ width: 320, height: 800 });
        expect(await overflowing(panel), `${state} at 320 px`).toEqual([]);
        await panel.setViewportSize({ width: 400, height: 800 });
      };
      await panel.locator('#tab-lists').click();
      await panel.locator('[data-testid="list-menu"] summary').click();
      await panel.locator('[data-testid="list-menu-items"]').waitFor();
      await check('list menu open');
      await panel.keyboard.press('Escape');

      await panel.locator('#tab-data').click();
      const download = panel.waitForEvent('download');
      await panel.locator('[data-testid="backup-export"]').click();
      const backup = readFileSync((await (await download).path())!);
      await panel
        .locator('[data-testid="backup-file"]')
        .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: backup });
      await panel.locator('[data-testid="restore-preview"]').waitFor();
      await check('restore preview');

      await writeStored(browser.serviceWorker, {
        [STORAGE_KEYS.pendingRequest]: { request: requestFor('a11y-offer'), stage: 'done', autoFill: false },
        [STORAGE_KEYS.fillReports]: [
          { page: 'request', locale: 'en', fields: [{ field: 'productVersion', status: 'filled' }], userMustFill: [] },
          { page: 'details', locale: 'en', fields: [{ field: 'title', status: 'filled' }], userMustFill: ['Severity'] },
        ],
      });
      await panel.locator('#tab-support').click();
      await panel.locator('[data-testid="fill-summary"]').waitFor();
      await check('support summary');
    });
  });
}

/** Each tool tab's top, left and width, rounded to the pixel. */
function tabBoxes(panel: Page): Promise<string[]> {
  return panel.evaluate(() =>
    [...document.querySelectorAll('[role="tab"]')].map((tab) => {
      const { top, left, width } = tab.getBoundingClientRect();
      return `${Math.round(top)} ${Math.round(left)} ${Math.round(width)}`;
    }),
  );
}

/** Whether the element is wholly within the panel's width (the body's: a scroll bar is not the panel's). */
function insideWindow(panel: Page, selector: string): Promise<boolean> {
  return panel.locator(selector).evaluate((element) => {
    const { left, right } = element.getBoundingClientRect();
    return left >= 0 && right <= document.body.clientWidth;
  });
}

/** A fresh browser for one test, closed whatever happens. */
async function withBrowser(run: (browser: ExtensionBrowser) => Promise<void>): Promise<void> {
  const browser = await launchExtensionBrowser({ hostRules: sim.hostRules });
  try {
    await run(browser);
  } finally {
    await browser.close();
  }
}

describe('the axe check itself', () => {
  it('reports a serious violation when one is planted (so a pass means something)', () =>
    withBrowser(async (browser) => {
      const panel = await browser.context.newPage();
      await panel.goto(browser.panelUrl(0));
      // Once the panel has rendered (its words load first).
      await panel.locator('main').waitFor();
      await panel.evaluate(() => {
        const button = document.createElement('button');
        button.append(document.createElement('span'));
        document.querySelector('main')!.append(button);
      });
      expect((await seriousViolations(panel)).some((v) => v.startsWith('button-name'))).toBe(true);
    }));
});

describe('keyboard', () => {
  it('moves between the tools with the arrow keys and works the controls with Tab and Enter', () =>
    withBrowser(async (browser) => {
      const panel = await browser.context.newPage();
      await panel.goto(browser.panelUrl(0));
      await panel.getByRole('tab', { name: 'Audience' }).focus();
      await panel.keyboard.press('ArrowRight');
      expect(await panel.evaluate(() => document.activeElement?.textContent)).toBe('Lists');
      expect(await panel.getByRole('tab', { name: 'Lists' }).getAttribute('aria-selected')).toBe('true');
      await panel.keyboard.press('End');
      expect(await panel.evaluate(() => document.activeElement?.textContent)).toBe('Data');
      // Tools other than Audience load when first opened: the first control is there once it shows.
      await panel.locator('[data-testid="data"]').waitFor();
      await panel.keyboard.press('Tab');
      expect(await panel.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('backup-export');
      // Focus is visible: the focused control draws an outline.
      expect(await panel.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
      const download = panel.waitForEvent('download');
      await panel.keyboard.press('Enter');
      expect((await download).suggestedFilename()).toMatch(/^csp-assistant-backup-\d{4}-\d{2}-\d{2}\.json$/);
    }));
});
