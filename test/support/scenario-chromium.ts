/** The scenario browser on Playwright's Chromium with the extension loaded (see extension-browser). */
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './extension-browser';
import type { DeepSelector, ScenarioBrowser, ScenarioTab } from './scenario-browser';

// Playwright's CSS engine pierces open shadow roots by itself.
const css = (selector: string | DeepSelector) => (typeof selector === 'string' ? selector : `${selector.host} ${selector.inner}`);

function tab(page: Page): ScenarioTab {
  return {
    goto: async (url) => void (await page.goto(url)),
    url: () => page.url(),
    waitFor: (s) => page.locator(css(s)).first().waitFor({ state: 'attached' }),
    click: (s) => page.locator(css(s)).click(),
    texts: (s) => page.locator(css(s)).allTextContents(),
    count: (s) => page.locator(s).count(),
    attributes: (s, name) => page.locator(s).evaluateAll((els, n) => els.map((el) => el.getAttribute(n)), name),
    fill: (s, value) => page.locator(s).fill(value),
    selectOption: async (s, value) => void (await page.locator(s).selectOption(value)),
    setFile: (s, file) => page.locator(s).setInputFiles(file),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    resize: (width, height) => page.setViewportSize({ width, height }),
    screenshot: () => page.screenshot(),
    close: () => page.close(),
  };
}

export function chromiumScenarioBrowser(browser: ExtensionBrowser): ScenarioBrowser {
  const pages = new WeakMap<ScenarioTab, Page>();
  const open = async (url: string, pageScript?: string) => {
    const page = await browser.context.newPage();
    if (pageScript) await page.addInitScript({ content: pageScript });
    await page.goto(url);
    const t = tab(page);
    pages.set(t, page);
    return t;
  };
  return {
    name: 'chromium',
    open,
    async openPanel(portal) {
      return open(browser.panelUrl(await browser.tabIdOf(pages.get(portal)!)));
    },
    setExtensionStorage: (values) => browser.serviceWorker.evaluate((v) => chrome.storage.local.set(v), values),
    foreignHosts: () => [...new Set(browser.foreignRequests.map((u) => new URL(u).hostname))],
  };
}
