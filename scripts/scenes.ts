/** What `npm start` shows without a display: each scene is the portal page with the panel beside it. */
import { join } from 'node:path';
import type { ExtensionBrowser } from '../test/support/extension-browser';
import { sideBySide } from '../test/support/side-by-side';

interface Scene {
  file: string;
  url: string;
  /** Steps on the panel once it shows the page, before the picture. */
  prepare?: (panel: import('playwright-core').Page) => Promise<void>;
}

const OFFER = 'https://partner.microsoft.com/{locale}/dashboard/commercial-marketplace/offers/contoso-analytics/resellers?reset=1';

export const SCENES: Scene[] = [
  { file: 'audience-en.png', url: OFFER.replace('{locale}', 'en-us') },
  { file: 'audience-ko.png', url: OFFER.replace('{locale}', 'ko-kr') },
];

export async function captureScenes(browser: ExtensionBrowser, outDir: string): Promise<string[]> {
  const written: string[] = [];
  for (const scene of SCENES) {
    const portal = await browser.context.newPage();
    await portal.setViewportSize({ width: 1100, height: 760 });
    await portal.goto(scene.url);
    await portal.locator('[data-csp-assistant="launcher"]').waitFor();
    const panel = await browser.context.newPage();
    await panel.setViewportSize({ width: 400, height: 760 });
    await panel.goto(browser.panelUrl(await browser.tabIdOf(portal)));
    await panel.locator('[data-state="connected"]').waitFor();
    await scene.prepare?.(panel);
    const file = join(outDir, scene.file);
    await sideBySide(browser.context, await portal.screenshot(), await panel.screenshot(), file);
    written.push(file);
    await panel.close();
    await portal.close();
  }
  return written;
}
