/**
 * The README's Firefox picture: the audience page in Firefox ESR with the extension's panel beside it
 * (the panel page at sidebar width, told the portal tab as the sidebar would follow it).
 */
import { join } from 'node:path';
import { launchFirefox } from '../test/support/firefox-browser';

export async function captureFirefoxScene(
  simPort: number,
  outDir: string,
  compose: (portalPng: Buffer, panelPng: Buffer, file: string) => Promise<void>,
): Promise<string> {
  const firefox = await launchFirefox({ simPort });
  try {
    const portal = await firefox.scenario.open(
      'https://partner.microsoft.com/en-us/dashboard/commercial-marketplace/offers/contoso-analytics/resellers?reset=1&option=2&partners=3',
    );
    await portal.waitFor('[data-csp-assistant="launcher"]');
    const panel = await firefox.scenario.openPanel(portal);
    await panel.waitFor('[data-finding-code]');
    await portal.resize(1100, 760);
    await panel.resize(420, 760);
    const file = join(outDir, 'firefox-audience-en.png');
    await compose(await portal.screenshot(), await panel.screenshot(), file);
    return file;
  } finally {
    await firefox.close();
  }
}
