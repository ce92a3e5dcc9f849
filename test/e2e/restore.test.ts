/**
 * Restoring a backup through the Data tool, in English and Korean (issue #26): a preview of the file
 * against the data here, merge or replace, a confirmation, Undo, and offers whose names still open
 * their pages afterwards. Operated as a person does: clicks, the keyboard, files chosen in the picker.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog } from '../simulator/catalog';
import { type Session, sessionPerFile } from '../support/e2e-session';

const catalog = buildCatalog();

function csv(name: string, partners: { name: string; tenantId: string }[]) {
  const rows = [['Partner name', 'Tenant ID'], ...partners.map((p) => [p.name, p.tenantId])];
  return { name, mimeType: 'text/csv', buffer: Buffer.from(`\ufeff${rows.map((r) => r.join(',')).join('\r\n')}\r\n`, 'utf8') };
}

async function openBeside(session: Session, locale: string, offerId: string): Promise<{ portal: Page; panel: Page }> {
  const portal = await session.browser.context.newPage();
  await portal.goto(
    `https://partner.microsoft.com/${locale}/dashboard/commercial-marketplace/offers/${offerId}/resellers?reset=1&option=2&partners=2`,
  );
  await portal.locator('[data-csp-assistant="launcher"]').waitFor();
  const panel = await session.browser.context.newPage();
  await panel.setViewportSize({ width: 360, height: 900 });
  await panel.goto(session.browser.panelUrl(await session.browser.tabIdOf(portal)));
  await panel.locator('[data-finding-code]').first().waitFor();
  return { portal, panel };
}

async function importList(panel: Page, file: ReturnType<typeof csv>, intoShown = false) {
  await panel.locator('#tab-lists').click();
  await panel.locator('[data-testid="import-file"]').setInputFiles(file);
  await panel.locator('[data-testid="import-preview"]').waitFor();
  if (intoShown) await panel.locator('[data-testid="import-target"] input[type="radio"]').nth(1).check();
  await panel.locator('[data-testid="import-commit"]').click();
  await panel.locator('[data-testid="import-done"]').waitFor();
}

async function saveBackup(panel: Page): Promise<Buffer> {
  await panel.locator('#tab-data').click();
  const download = panel.waitForEvent('download');
  await panel.locator('[data-testid="backup-export"]').click();
  return readFileSync((await (await download).path())!);
}

async function chooseBackup(panel: Page, backup: Buffer) {
  await panel.locator('#tab-data').click();
  await panel.locator('[data-testid="backup-file"]').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: backup });
  await panel.locator('[data-testid="restore-preview"]').waitFor();
}

/** The preview's table as rows of numbers: file, here, new, conflicts, only here. */
async function counts(panel: Page): Promise<Record<string, string[]>> {
  const rows = panel.locator('[data-testid="restore-counts"] tbody tr');
  const result: Record<string, string[]> = {};
  for (const row of await rows.all()) result[(await row.getAttribute('data-kind'))!] = await row.locator('td').allTextContents();
  return result;
}

const listOptions = (panel: Page) => panel.locator('[data-testid="list-select"] option').allTextContents();

describe('restore in English', () => {
  const session = sessionPerFile();
  let portal: Page;
  let panel: Page;
  let backup: Buffer;

  beforeAll(async () => {
    ({ portal, panel } = await openBeside(session, 'en-us', 'restore-offer'));
    await importList(panel, csv('korea.csv', catalog.slice(0, 3)));
    backup = await saveBackup(panel);
    // After the backup: two lists added (one of 28 partners), and a partner renamed in the first.
    await importList(panel, csv('resellers.csv', catalog.slice(10, 38)));
    await importList(panel, csv('japan.csv', catalog.slice(50, 52)));
    await panel.locator('[data-testid="list-select"]').selectOption({ label: 'korea (3)' });
    await importList(panel, csv('renamed.csv', [{ ...catalog[0]!, name: 'Renamed since' }]), true);
  });

  it('previews the file against the data here before anything changes', async () => {
    await chooseBackup(panel, backup);
    // The keyboard is on what came next.
    await expect.poll(() => panel.evaluate(() => document.activeElement?.id)).toBe('restore-preview-title');
    const table = await counts(panel);
    expect({ lists: table.lists, partners: table.partners }).toEqual({
      lists: ['1', '3', '0', '1', '2'],
      partners: ['3', '33', '0', '1', '30'],
    });
    expect(table.offers?.[0]).toBe(table.offers?.[1]);
    // Escape leaves the preview: nothing was restored, and the keyboard is back on the file button.
    await panel.keyboard.press('Escape');
    await panel.locator('[data-testid="restore-preview"]').waitFor({ state: 'detached' });
    await expect.poll(() => panel.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('backup-file');
    await panel.locator('#tab-lists').click();
    await expect.poll(() => listOptions(panel)).toEqual(['japan (2)', 'korea (3)', 'resellers (28)']);
  });

  it('merges: keeps the lists added since, takes the file’s version of the conflict, and undoes', async () => {
    await chooseBackup(panel, backup);
    expect(await panel.locator('[data-testid="restore-mode"] input[value="merge"]').isChecked()).toBe(true);
    await panel.locator('[data-testid="restore-continue"]').click();
    const confirm = panel.locator('[data-testid="restore-confirm"]');
    expect(await confirm.textContent()).toContain("Changed to the file's version: 1 list, 1 partner");
    await panel.locator('[data-testid="restore-yes"]').click();
    const done = panel.locator('[data-testid="restore-done"]');
    await expect.poll(() => done.textContent()).toContain('Backup merged. You now have: 3 lists, 33 partners');
    await panel.locator('#tab-lists').click();
    await expect.poll(() => listOptions(panel)).toEqual(['japan (2)', 'korea (3)', 'resellers (28)']);
    await panel.locator('[data-testid="list-select"]').selectOption({ label: 'korea (3)' });
    await expect.poll(() => panel.locator('.virtual tbody').textContent()).toContain(catalog[0]!.name);
    expect(await panel.locator('.virtual tbody').textContent()).not.toContain('Renamed since');

    await panel.locator('#tab-data').click();
    await panel.locator('[data-testid="restore-undo"]').click();
    await expect.poll(() => panel.locator('[data-testid="restore-done"]').textContent()).toContain('Restore undone');
    await panel.locator('#tab-lists').click();
    await expect.poll(() => panel.locator('.virtual tbody').textContent()).toContain('Renamed since');
  });

  it('replaces, chosen by keyboard, after saying what only here is removed; the offer still opens; Undo brings it all back', async () => {
    await chooseBackup(panel, backup);
    await panel.locator('[data-testid="restore-mode"] input[value="merge"]').focus();
    await panel.keyboard.press('ArrowDown');
    expect(await panel.locator('[data-testid="restore-mode"] input[value="replace"]').isChecked()).toBe(true);
    await panel.keyboard.press('Tab');
    await panel.keyboard.press('Enter');
    const confirm = panel.locator('[data-testid="restore-confirm"]');
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain('Removed: 2 lists, 30 partners');
    // Cancel has the keyboard: the destructive answer is one Shift+Tab away, never a stray Enter.
    await expect.poll(() => panel.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await panel.keyboard.press('Shift+Tab');
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.locator('[data-testid="restore-done"]').textContent()).toContain('replaced by the backup');
    await panel.locator('#tab-lists').click();
    await expect.poll(() => listOptions(panel)).toEqual(['korea (3)']);

    // The offers' names open their pages after a restore (they opened nothing: the file had no addresses).
    await panel.locator('#tab-offers').click();
    const card = panel.locator('[data-offer-id="restore-offer"]');
    await portal.goto('https://partner.microsoft.com/en-us/dashboard/home');
    await card.getByRole('button').first().click();
    await expect.poll(() => new URL(portal.url()).pathname).toContain('/offers/restore-offer/resellers');

    await panel.locator('#tab-data').click();
    await panel.locator('[data-testid="restore-undo"]').click();
    await expect.poll(() => panel.locator('[data-testid="restore-done"]').textContent()).toContain('3 lists, 33 partners');
    await panel.locator('#tab-lists').click();
    await expect.poll(() => listOptions(panel)).toEqual(['japan (2)', 'korea (3)', 'resellers (28)']);
  });
});

describe('restore in Korean', () => {
  const session = sessionPerFile({ locale: 'ko-KR' });
  let panel: Page;
  let backup: Buffer;

  beforeAll(async () => {
    ({ panel } = await openBeside(session, 'ko-kr', 'restore-offer-ko'));
    await importList(panel, csv('한국.csv', catalog.slice(0, 3)));
    backup = await saveBackup(panel);
    await importList(panel, csv('리셀러.csv', catalog.slice(10, 38)));
  });

  it('says in Korean what the file holds, what a replace removes, and undoes it', async () => {
    await chooseBackup(panel, backup);
    expect(await panel.locator('[data-testid="restore-counts"] thead').textContent()).toBe('파일현재새 항목충돌현재만');
    expect((await counts(panel)).partners).toEqual(['3', '31', '0', '0', '28']);
    await panel.locator('[data-testid="restore-mode"] input[value="replace"]').check();
    await panel.locator('[data-testid="restore-continue"]').click();
    const confirm = panel.locator('[data-testid="restore-confirm"]');
    expect(await confirm.textContent()).toContain('모든 데이터를 이 백업으로 바꿀까요?');
    expect(await confirm.textContent()).toContain('삭제: 목록 1개, 파트너 28곳');
    await panel.getByRole('button', { name: '모두 바꾸기' }).click();
    await expect.poll(() => panel.locator('[data-testid="restore-done"]').textContent()).toContain('데이터를 백업으로 바꿨습니다.');
    await panel.getByRole('button', { name: '실행 취소' }).click();
    await expect
      .poll(() => panel.locator('[data-testid="restore-done"]').textContent())
      .toBe('복원을 취소하여 데이터가 이전 상태로 돌아갔습니다. 현재 데이터: 목록 2개, 파트너 31곳, 제품 1개');
  });

  it('merges in Korean, keeping the list added since', async () => {
    await chooseBackup(panel, backup);
    await panel.locator('[data-testid="restore-continue"]').click();
    expect(await panel.locator('[data-testid="restore-confirm"]').textContent()).toContain('이 백업을 현재 데이터에 병합할까요?');
    await panel.getByRole('button', { name: '병합', exact: true }).click();
    await expect.poll(() => panel.locator('[data-testid="restore-done"]').textContent()).toContain('백업을 병합했습니다.');
    await panel.locator('#tab-lists').click();
    await expect.poll(() => listOptions(panel)).toEqual(['리셀러 (28)', '한국 (3)']);
  });
});
