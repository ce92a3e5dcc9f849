/** Composes a portal screenshot and a panel screenshot side by side, as a user sees them, using the browser itself. */
import type { BrowserContext } from 'playwright-core';

export async function sideBySide(context: BrowserContext, portalPng: Buffer, panelPng: Buffer, outPath: string): Promise<void> {
  const page = await context.newPage();
  try {
    const portal = `data:image/png;base64,${portalPng.toString('base64')}`;
    const panel = `data:image/png;base64,${panelPng.toString('base64')}`;
    await page.setContent(
      `<body style="margin:0;display:flex;background:#888;gap:1px;width:max-content">` +
        `<img src="${portal}" style="display:block"><img src="${panel}" style="display:block"></body>`,
    );
    await page.waitForFunction(() => [...document.images].every((img) => img.complete));
    await page.locator('body').screenshot({ path: outPath });
  } finally {
    await page.close();
  }
}
