/**
 * The welcome page opens once, on install, and the options page (about) shows the version, privacy,
 * where to start, help, and the data tools: in English and in Korean.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSimulator, type Simulator } from '../simulator/server';
import { launchExtensionBrowser } from '../support/extension-browser';
import { readFileSync } from 'node:fs';
import { DIST } from '../support/extension-browser';
import { join } from 'node:path';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator();
});
afterAll(() => sim?.close());

const version = (JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as { version: string }).version;

for (const lang of [
  {
    locale: 'en-US',
    welcome: 'Welcome to CSP Audience Assistant',
    about: 'About CSP Audience Assistant',
    version: `Version ${version}`,
    lang: 'en',
  },
  {
    locale: 'ko-KR',
    welcome: 'CSP 대상 그룹 도우미를 설치했습니다',
    about: 'CSP 대상 그룹 도우미 정보',
    version: `버전 ${version}`,
    lang: 'ko',
  },
]) {
  describe(`welcome and about pages (${lang.locale})`, () => {
    it('opens the welcome page on install, and the options page with the data tools', async () => {
      const browser = await launchExtensionBrowser({ hostRules: sim.hostRules, locale: lang.locale });
      try {
        const findWelcome = () => browser.context.pages().find((p) => p.url().includes('/src/about/index.html?welcome=1'));
        await expect.poll(() => findWelcome() !== undefined).toBe(true);
        const welcome = findWelcome() as Page;
        await welcome.locator('[data-testid="welcome"]').waitFor();
        expect(await welcome.locator('h1').textContent()).toBe(lang.welcome);
        expect(await welcome.title()).toBe(lang.welcome);
        expect(await welcome.evaluate(() => document.documentElement.lang)).toBe(lang.lang);
        expect(await welcome.locator('[data-testid="version"]').textContent()).toBe(lang.version);
        expect(await welcome.locator('[data-testid="open-portal"]').getAttribute('href')).toMatch(/^https:\/\/partner\.microsoft\.com\//);
        // The welcome page is for reading: the data tools are on the options page.
        expect(await welcome.locator('[data-testid="data"]').count()).toBe(0);

        const about = await browser.context.newPage();
        await about.goto(new URL('/src/about/index.html', welcome.url()).href);
        expect(await about.locator('h1').textContent()).toBe(lang.about);
        await about.locator('[data-testid="data"]').waitFor();
        expect(await about.locator('[data-testid="backup-export"]').isVisible()).toBe(true);
      } finally {
        await browser.close();
      }
    });
  });
}
