/** Partner lists through the panel UI in real Chromium: import with preview, search, export, diff with the page. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildCatalog } from '../simulator/catalog';
import { sessionPerFile } from '../support/e2e-session';

const session = sessionPerFile();
let portal: Page;
let panel: Page;

const catalog = buildCatalog();

beforeAll(async () => {
  portal = await session.browser.context.newPage();
  await portal.goto(
    'https://partner.microsoft.com/en-us/dashboard/commercial-marketplace/offers/lists-offer/resellers?reset=1&option=2&partners=3',
  );
  await portal.locator('[data-csp-assistant="launcher"]').waitFor();
  panel = await session.browser.context.newPage();
  await panel.goto(session.browser.panelUrl(await session.browser.tabIdOf(portal)));
  await panel.getByRole('tab', { name: 'Lists' }).click();
});

function csv(rows: string[][]): Buffer {
  return Buffer.from(`\ufeff${rows.map((r) => r.join(',')).join('\r\n')}\r\n`, 'utf8');
}

describe('partner lists in the panel', () => {
  it('starts empty and says what to do first', async () => {
    await panel.locator('[data-testid="lists-empty"]').waitFor();
  });

  it('imports a CSV after a preview that shows row errors', async () => {
    const rows = [
      ['Partner name', 'Tenant ID', 'Country/region'],
      ...catalog.slice(0, 40).map((p) => [p.name, p.tenantId.toUpperCase(), p.country]),
      ['Broken', 'not-a-guid', 'KR'],
    ];
    await panel.locator('[data-testid="import-file"]').setInputFiles({ name: 'resellers.csv', mimeType: 'text/csv', buffer: csv(rows) });
    const preview = panel.locator('[data-testid="import-preview"]');
    await preview.waitFor();
    expect(await preview.textContent()).toContain('41 rows: 40 to add, 0 to update, 0 unchanged, 1 with errors (skipped).');
    expect(await panel.locator('[data-testid="import-errors"] tbody tr').allTextContents()).toEqual([
      '42Tenant IDnot a tenant ID (GUID) not-a-guid',
    ]);
    await panel.locator('[data-testid="import-commit"]').click();
    await panel.locator('[data-testid="import-done"]').waitFor();
    expect(await panel.locator('[data-testid="list-select"] option').allTextContents()).toEqual(['resellers (40)']);
  });

  it('searches as you type', async () => {
    const target = catalog[7]!;
    await panel.locator('#partner-search').fill(target.tenantId.slice(0, 13));
    await expect.poll(() => panel.locator('[data-testid="search-count"]').textContent()).toBe('1 partner');
    expect(await panel.locator('.virtual tbody tr').first().getAttribute('data-tenant-id')).toBe(target.tenantId);
    await panel.locator('#partner-search').fill('');
    await expect.poll(() => panel.locator('[data-testid="search-count"]').textContent()).toBe('40 partners');
  });

  it('says in words when a search matches no partner, and shows no empty box', async () => {
    await panel.locator('#partner-search').fill('no such partner');
    await expect.poll(() => panel.locator('[data-testid="search-count"]').textContent()).toBe('No partners match “no such partner”.');
    expect(await panel.locator('.virtual').count()).toBe(0);
    await panel.locator('#partner-search').fill('');
    await expect.poll(() => panel.locator('.virtual').count()).toBe(1);
  });

  it('exports a CSV that holds the same partners', async () => {
    const downloading = panel.waitForEvent('download');
    await panel.locator('[data-testid="list-menu"] summary').click();
    // What the JSON export is based on is said beside it, not only in a tooltip.
    expect(await panel.locator('[data-testid="export-json-note"]').isVisible()).toBe(true);
    await panel.locator('[data-testid="export-csv"]').click();
    const file = await downloading;
    // Said, once the file is on its way.
    await expect.poll(() => panel.locator('[data-testid="list-done"]').textContent()).toBe('Exported “resellers.csv”: see your downloads.');
    expect(file.suggestedFilename()).toBe('resellers.csv');
    const text = readFileSync((await file.path())!, 'utf8');
    expect(text.startsWith('\ufeffTenant ID,Partner name,Country/region')).toBe(true);
    const lines = text.trimEnd().split('\r\n');
    expect(lines).toHaveLength(41);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(catalog.slice(0, 40).map((p) => p.tenantId));
  });

  it('diffs the list against the partner table on the page', async () => {
    const summary = panel.locator('[data-testid="page-diff"] summary');
    // The page lists the catalog's first three partners, all in the list.
    await expect.poll(() => summary.textContent()).toBe('Compared with the page: 37 to add, 0 not in the list, 3 the same');
  });

  it('renames from the ⋯ menu with the keyboard: the name field takes focus, and Escape closes the menu onto its button', async () => {
    await panel.locator('[data-testid="list-menu"] summary').click();
    await panel.locator('[data-testid="rename-list"]').click();
    await expect.poll(() => panel.evaluate(() => document.activeElement?.id)).toBe('list-name');
    await panel.keyboard.press('Escape');
    await expect.poll(() => panel.locator('[data-testid="list-menu"]').getAttribute('open')).toBeNull();
    expect(await panel.evaluate(() => document.activeElement?.classList.contains('menu__button'))).toBe(true);
  });

  it('deletes a list from its ⋯ menu and brings it back with undo', async () => {
    await panel.locator('[data-testid="list-menu"] summary').click();
    await panel.locator('[data-testid="delete-list"]').click();
    await panel.locator('[data-testid="lists-empty"]').waitFor();
    await panel.locator('[data-testid="undo"] button').click();
    await expect.poll(() => panel.locator('[data-testid="list-select"] option').allTextContents()).toEqual(['resellers (40)']);
  });

  it('shows the same lists in a second panel, and follows its changes without reload', async () => {
    const second = await session.browser.context.newPage();
    await second.goto(session.browser.panelUrl(await session.browser.tabIdOf(portal)));
    await second.getByRole('tab', { name: 'Lists' }).click();
    await expect.poll(() => second.locator('[data-testid="list-select"] option').allTextContents()).toEqual(['resellers (40)']);
    await second.locator('[data-testid="save-page-as-list"]').click();
    await expect
      .poll(() => panel.locator('[data-testid="list-select"] option').allTextContents())
      .toEqual(['Contoso Analytics – from the page (3)', 'resellers (40)']);
    await second.close();
  });

  it('adds a partner, refuses a bad tenant ID with a reason, and changes a partner in place', async () => {
    const form = panel.locator('[data-testid="partner-form"]');
    // The form is behind its button, and opens with the tenant ID ready to type.
    expect(await form.count()).toBe(0);
    await panel.getByRole('button', { name: 'Add partner' }).click();
    await expect.poll(() => panel.evaluate(() => document.activeElement?.closest('label')?.textContent)).toBe('Tenant ID');
    await panel.keyboard.type('not-a-guid');
    await form.getByLabel('Name').fill('Typo Ltd');
    await form.getByRole('button', { name: 'Add to the list' }).click();
    expect(await form.getByRole('alert').textContent()).toBe('A tenant ID is a GUID such as 0f8fad5b-d9cb-469f-a165-70867728950e.');
    await form.getByLabel('Tenant ID').fill('{0F8FAD5B-D9CB-469F-A165-70867728950E}');
    await form.getByRole('button', { name: 'Add to the list' }).click();
    await expect.poll(() => panel.locator('[data-testid="search-count"]').textContent()).toBe('41 partners');
    await panel.locator('#partner-search').fill('0f8fad5b');
    await panel.getByRole('button', { name: 'Change Typo Ltd' }).click();
    await form.getByLabel('Name').fill('Fixed Ltd');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => panel.locator('.virtual tbody tr .partner-row__name').allTextContents()).toEqual(['Fixed Ltd']);
    // A change is one partner: the form closes, and Escape closes the adding one.
    await expect.poll(() => form.count()).toBe(0);
    await panel.getByRole('button', { name: 'Add partner' }).click();
    await panel.keyboard.press('Escape');
    await expect.poll(() => form.count()).toBe(0);
    await expect.poll(() => panel.evaluate(() => document.activeElement?.textContent)).toBe('Add partner');
    await panel.locator('#partner-search').fill('');
    await expect.poll(() => panel.locator('[data-testid="search-count"]').textContent()).toBe('41 partners');
  });

  it('imports a second file into a new list named after it unless told to add to the one shown; the preview names the target', async () => {
    const shown = await panel.locator('[data-testid="list-select"] option:checked').textContent();
    const rows = [['Partner name', 'Tenant ID'], ...catalog.slice(100, 103).map((p) => [p.name, p.tenantId])];
    await panel.locator('[data-testid="import-file"]').setInputFiles({ name: 'korea.csv', mimeType: 'text/csv', buffer: csv(rows) });
    const preview = panel.locator('[data-testid="import-preview"]');
    await preview.waitFor();
    expect(await panel.locator('[data-testid="import-commit"]').textContent()).toBe('Import 3 partners into “korea”');
    // Adding to the list shown instead: the preview says so, and compares with that list.
    await preview.getByLabel(/the list “/).check();
    await expect
      .poll(() => panel.locator('[data-testid="import-commit"]').textContent())
      .toBe(`Import 3 partners into “${shown!.replace(/ \(\d+\)$/, '')}”`);
    await preview.getByLabel('a new list “korea”').check();
    await expect.poll(() => panel.locator('[data-testid="import-commit"]').textContent()).toBe('Import 3 partners into “korea”');
    await panel.locator('[data-testid="import-commit"]').click();
    await panel.locator('[data-testid="import-done"]').waitFor();
    // Focus follows the work: the Import button went with the preview, and the result has the focus.
    await expect.poll(() => panel.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('import-done');
    // The lists are read again once the worker says they changed.
    await expect.poll(() => panel.locator('[data-testid="list-select"] option').allTextContents()).toContain('korea (3)');
  });

  it('lets the publisher change which column is the tenant ID, and proposes that mapping for the next file with the same headers', async () => {
    // Two GUID columns, neither named: the first is proposed; the publisher picks the second.
    const rows = [
      ['Who', 'Ref', 'Id'],
      ...catalog.slice(110, 112).map((p) => [p.name, p.tenantId, catalog[120 + catalog.indexOf(p) - 110]!.tenantId]),
    ];
    const pick = async (name: string) => {
      await panel.locator('[data-testid="import-file"]').setInputFiles({ name, mimeType: 'text/csv', buffer: csv(rows) });
      await panel.locator('[data-testid="import-preview"]').waitFor();
    };
    await pick('two-ids.csv');
    // The preview is the next step: its heading has the focus.
    await expect.poll(() => panel.evaluate(() => document.activeElement?.closest('[data-testid="import-preview"]') !== null)).toBe(true);
    const tenantColumn = panel.locator('[data-testid="import-mapping"] select[data-field="tenantId"]');
    expect(await tenantColumn.locator('option:checked').textContent()).toBe('Ref');
    await tenantColumn.selectOption({ label: 'Id' });
    await expect
      .poll(() => panel.locator('[data-testid="import-mapping"] legend').textContent())
      .toBe('Columns: change any that was read wrong');
    await expect.poll(() => tenantColumn.locator('option:checked').textContent()).toBe('Id');
    await panel.getByRole('button', { name: 'Cancel' }).click();
    // The same headers again: the publisher's mapping comes back, and says where it came from.
    await pick('two-ids-again.csv');
    expect(await tenantColumn.locator('option:checked').textContent()).toBe('Id');
    expect(await panel.locator('[data-testid="import-mapping"] legend').textContent()).toBe(
      'Columns, as you mapped them for a file with these headers',
    );
    await panel.locator('[data-testid="import-commit"]').click();
    await panel.locator('[data-testid="import-done"]').waitFor();
    await panel.locator('#partner-search').fill(catalog[120]!.tenantId);
    await expect.poll(() => panel.locator('[data-testid="search-count"]').textContent()).toBe('1 partner');
    await panel.locator('#partner-search').fill('');
  });

  it('shows the list chosen last when the panel opens again', async () => {
    const select = panel.locator('[data-testid="list-select"]');
    // Not the first list (lists are in name order): the one a fresh panel would show anyway.
    const options = panel.locator('[data-testid="list-select"] option');
    expect(await options.count()).toBeGreaterThan(1);
    const chosen = await options.last().getAttribute('value');
    await select.selectOption(chosen!);
    const again = await session.browser.context.newPage();
    await again.goto(panel.url());
    await again.getByRole('tab', { name: 'Lists' }).click();
    await expect.poll(() => again.locator('[data-testid="list-select"]').inputValue()).toBe(chosen);
    await again.close();
  });

  it('merges one list into another from its ⋯ menu, and says so', async () => {
    const select = panel.locator('[data-testid="list-select"]');
    await select.selectOption((await panel.locator('[data-testid="list-select"] option', { hasText: 'korea (' }).getAttribute('value'))!);
    await panel.locator('[data-testid="list-menu"] summary').click();
    await panel.locator('[data-testid="merge-list"]').click();
    const target = panel.locator('#merge-target option', { hasText: 'resellers (' });
    const before = Number(/\((\d+)\)/.exec((await target.textContent()) ?? '')?.[1]);
    await panel.locator('#merge-target').selectOption((await target.getAttribute('value'))!);
    await panel.locator('[data-testid="merge-confirm"]').click();
    await expect.poll(() => panel.locator('[data-testid="list-done"]').textContent()).toBe('Merged “korea” into “resellers”.');
    // The three Korean partners are new to it; korea stays as it was.
    await expect.poll(() => panel.locator('[data-testid="list-select"] option:checked').textContent()).toBe(`resellers (${before + 3})`);
    expect(await panel.locator('[data-testid="list-select"] option').allTextContents()).toContain('korea (3)');
  });

  it('asks for the name of a new list, and says the new list is empty in words', async () => {
    await panel.getByRole('button', { name: 'New list' }).click();
    await expect.poll(() => panel.evaluate(() => document.activeElement?.id)).toBe('new-list-name');
    expect(await panel.getByLabel('Name of the new list').inputValue()).toMatch(/^List \d+$/);
    // The proposed name is selected: typing replaces it.
    await panel.keyboard.type('Korea resellers');
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.locator('[data-testid="list-select"] option:checked').textContent()).toBe('Korea resellers (0)');
    await expect
      .poll(() => panel.locator('[data-testid="search-count"]').textContent())
      .toBe('This list has no partners yet. Add one, or import a CSV.');
    expect(await panel.locator('.virtual').count()).toBe(0);
  });
});
