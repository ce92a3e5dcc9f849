/**
 * Every word localised: the panel in a Korean browser, walked through every tool and through the
 * error paths a publisher can reach (files that can't be imported, a list without a name, a file that
 * is not a backup), shows no English sentence. The page's own data is Korean here, so any English
 * run of words left is the panel's.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSimulator, type Simulator } from '../simulator/server';
import { launchExtensionBrowser, type ExtensionBrowser } from '../support/extension-browser';

let sim: Simulator;
let browser: ExtensionBrowser;
let panel: Page;

/** Names that stay as they are in Korean text: products, formats, the portal's own English labels. */
const ALLOWED = /Partner Center|Microsoft|Ingestion API|Entra|Azure|CSP|JSON|CSV|MPN|ID|SaaS|Software as a Service|UTF-8|CP949/g;

/** Three or more English words in a row, once the allowed names are taken out. */
function englishSentences(text: string): string[] {
  return text
    .replace(ALLOWED, ' ')
    .split('\n')
    .flatMap((line) => line.match(/[A-Za-z][A-Za-z'’-]*(?:[ ,.:;]+[A-Za-z][A-Za-z'’-]*){2,}/g) ?? []);
}

async function visibleEnglish(): Promise<string[]> {
  return englishSentences(await panel.locator('body').innerText());
}

function file(name: string, text: string) {
  return { name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') };
}

beforeAll(async () => {
  sim = await startSimulator();
  browser = await launchExtensionBrowser({ hostRules: sim.hostRules, locale: 'ko-KR' });
  const portal = await browser.context.newPage();
  await portal.goto(
    'https://partner.microsoft.com/ko-kr/dashboard/commercial-marketplace/offers/korean-ui/resellers?reset=1&option=2&partners=0&name=%ED%95%9C%EA%B5%AD%EC%96%B4%20%EC%A0%9C%ED%92%88',
  );
  await portal.locator('[data-csp-assistant="launcher"]').waitFor();
  panel = await browser.context.newPage();
  await panel.setViewportSize({ width: 360, height: 900 });
  await panel.goto(browser.panelUrl(await browser.tabIdOf(portal)));
  await panel.locator('[data-finding-code]').first().waitFor();
});
afterAll(async () => {
  await browser?.close();
  await sim?.close();
});

describe('the Korean UI', () => {
  it('the check itself finds an English sentence, and lets product names and single words pass', () => {
    expect(englishSentences('목록을 가져왔습니다\nImport cancelled: nothing was written.')).toEqual([
      'Import cancelled: nothing was written',
    ]);
    expect(englishSentences('JSON 내보내기(Ingestion API) · Partner Center · CSV 가져오기')).toEqual([]);
  });

  it('shows no English sentence on any tool', async () => {
    for (const tool of ['audience', 'lists', 'support', 'offers', 'data']) {
      await panel.locator(`#tab-${tool}`).click();
      await panel.waitForTimeout(300);
      expect(await visibleEnglish(), tool).toEqual([]);
    }
  });

  it('words every error a publisher can reach in Korean', async () => {
    await panel.locator('#tab-lists').click();
    for (const [name, text] of [
      ['비어 있음.csv', ''],
      ['머리글만.csv', 'Tenant ID,Partner name\r\n'],
      ['열 없음.csv', 'Name,Country\r\n가람,KR\r\n'],
    ] as const) {
      await panel.locator('[data-testid="import-file"]').setInputFiles(file(name, text));
      // The error names the file: this file's error is the one on screen.
      await expect.poll(() => panel.locator('.notice--error').allTextContents()).toContainEqual(expect.stringContaining(name));
      expect(await visibleEnglish(), name).toEqual([]);
    }

    await panel
      .locator('[data-testid="import-file"]')
      .setInputFiles(file('한국 파트너.csv', 'Tenant ID,Partner name\r\n0f8fad5b-d9cb-469f-a165-70867728950e,가람 테크놀로지\r\n'));
    await panel.locator('[data-testid="import-commit"]').click();
    await panel.locator('[data-testid="import-done"]').waitFor();
    expect(await visibleEnglish(), 'after an import').toEqual([]);
    await panel.locator('[data-testid="list-menu"] summary').click();
    await panel.locator('[data-testid="rename-list"]').click();
    await panel.locator('#list-name').fill('   ');
    await panel.locator('#list-name').press('Enter');
    await expect.poll(() => panel.locator('.notice--error').count()).toBeGreaterThan(0);
    expect(await panel.locator('.notice--error').first().textContent()).toBe('목록에는 이름이 있어야 합니다.');
    expect(await visibleEnglish(), 'a list without a name').toEqual([]);

    await panel.locator('#tab-data').click();
    await panel
      .locator('[data-testid="backup-file"]')
      .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from('not json') });
    await expect
      .poll(() => panel.locator('[data-testid="data-status"]').textContent())
      .toBe('이 파일은 백업이 아닙니다. JSON 파일이 아닙니다.');
    expect(await visibleEnglish(), 'a file that is not a backup').toEqual([]);
  });

  it("exports for Partner Center with the headers of the portal's own export, in its language", async () => {
    await panel.locator('#tab-lists').click();
    await panel.locator('[data-testid="list-menu"] summary').click();
    const downloading = panel.waitForEvent('download');
    await panel.locator('[data-testid="export-partner-center"]').click();
    const text = readFileSync((await (await downloading).path())!, 'utf8');
    expect(text.split('\r\n')[0]).toBe('\ufeff파트너 이름,테넌트 ID,국가/지역,MPN ID');
  });

  it('counts partners with 곳, one as well as many', async () => {
    await panel.locator('#tab-lists').click();
    await expect.poll(() => panel.locator('[data-testid="search-count"]').textContent()).toBe('파트너 1곳');
    expect(await panel.locator('[data-testid="page-diff"] summary').textContent()).not.toMatch(/명/);
  });
});
