/**
 * Launches Debian's Chromium with the built extension, Partner Center's hosts mapped to the local
 * simulator, and a record of every request the extension itself makes.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Request, type Worker } from 'playwright-core';

export const DIST = resolve(import.meta.dirname, '../../dist/chrome');

export function findChromium(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (p): p is string => typeof p === 'string' && p !== '',
  );
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `No Chromium found (looked at ${candidates.join(', ')}). Install Debian's: ` +
        '`apt-get update && apt-get install -y chromium`, or set CHROME_PATH to a Chromium (not branded Chrome 137+, which ignores --load-extension).',
    );
  }
  return found;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Every request made by the extension's own pages, workers and service worker. */
  extensionRequests: string[];
  /** Every request, of any origin, to a host other than the mapped portal hosts. */
  foreignRequests: string[];
  panelUrl(tabId: number, extra?: string): string;
  /** URLs of every target the browser has: pages, side panels, workers. */
  targetUrls(): Promise<string[]>;
  /** The id of the tab that shows `page`, as the extension sees it. */
  tabIdOf(page: Page): Promise<number>;
  close(): Promise<void>;
}

const PORTAL_HOSTS = new Set(['partner.microsoft.com', 'aka.ms', 'go.microsoft.com']);

/**
 * Chromium as it runs here (TESTING.md): no sandbox as root, none of its own connections (the closed
 * network refuses them), the portal's hosts mapped to the simulator, whose certificate is self-signed.
 */
export function offlineChromiumArgs(hostRules: string): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--ignore-certificate-errors',
    `--host-resolver-rules=${hostRules}`,
  ];
}

export async function launchExtensionBrowser(options: {
  hostRules: string;
  locale?: string;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  headless?: boolean;
}): Promise<ExtensionBrowser> {
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error(`No build at ${DIST}: run \`npm run build\` first.`);
  const profile = mkdtempSync(join(tmpdir(), 'csp-assistant-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: options.headless ?? true,
    ignoreHTTPSErrors: true,
    locale: options.locale ?? 'en-US',
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 800 },
    acceptDownloads: true,
    // On Linux, Chromium's UI language (and so chrome.i18n's) follows LANGUAGE, not --lang.
    env: { ...process.env, LANGUAGE: (options.locale ?? 'en-US').replace('-', '_') },
    args: [
      ...offlineChromiumArgs(options.hostRules),
      `--lang=${options.locale ?? 'en-US'}`,
      `--disable-extensions-except=${DIST}`,
      `--load-extension=${DIST}`,
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  const extensionOrigin = `chrome-extension://${extensionId}`;
  const extensionRequests: string[] = [];
  const foreignRequests: string[] = [];
  const record = (request: Request) => {
    const url = request.url();
    const frameUrl = (() => {
      try {
        return request.frame().url();
      } catch {
        return '';
      }
    })();
    const fromExtension = frameUrl.startsWith(extensionOrigin) || request.serviceWorker() !== null;
    if (fromExtension) extensionRequests.push(url);
    if (url.startsWith('http') && !PORTAL_HOSTS.has(new URL(url).hostname)) foreignRequests.push(url);
  };
  context.on('request', record);
  return {
    context,
    extensionId,
    serviceWorker,
    extensionRequests,
    foreignRequests,
    panelUrl: (tabId, extra = '') => `${extensionOrigin}/src/panel/index.html?tabId=${tabId}${extra}`,
    async targetUrls() {
      const probe = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(probe);
      try {
        const { targetInfos } = await cdp.send('Target.getTargets');
        return targetInfos.map((t) => t.url);
      } finally {
        await cdp.detach();
      }
    },
    async tabIdOf(page) {
      const url = page.url();
      const ids = await serviceWorker.evaluate(async (u: string) => {
        const tabs = await chrome.tabs.query({});
        return tabs.filter((t) => t.url === u).map((t) => t.id);
      }, url);
      if (ids.length !== 1 || ids[0] === undefined) throw new Error(`expected one tab at ${url}, found ${ids.length}`);
      return ids[0];
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
