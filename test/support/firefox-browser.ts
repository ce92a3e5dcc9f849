/**
 * Launches Debian's Firefox ESR with the built Firefox extension as a temporary add-on, driven by
 * puppeteer-core over WebDriver BiDi (facts in shared/TESTING.md, "Firefox, end to end"). Every
 * connection goes through a local proxy: the portal's hosts are tunnelled to the simulator, any
 * other host is refused and recorded. The extension gets a fixed UUID so its pages have a known URL.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { SIMULATED_HOSTS } from '../simulator/cert';
import type { DeepSelector, ScenarioBrowser, ScenarioTab } from './scenario-browser';

export const FIREFOX_DIST = resolve(import.meta.dirname, '../../dist/firefox');
const EXTENSION_UUID = '2f1c4f7e-5d1a-4b8e-9c3d-7a6b5c4d3e2f';
const PANEL_PATH = 'src/panel/index.html';

export function findFirefox(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter((p): p is string => Boolean(p));
  const found = candidates.find((p) => existsSync(p));
  if (!found)
    throw new Error(
      `No Firefox found (looked at ${candidates.join(', ')}). Install Debian's: \`apt-get install -y firefox-esr\`, or set FIREFOX_PATH.`,
    );
  return found;
}

/** An HTTP proxy that tunnels the simulated hosts to the simulator and refuses (and records) the rest. */
async function startProxy(simPort: number, refused: string[]): Promise<Server> {
  const allowed = new Set<string>(SIMULATED_HOSTS);
  const proxy = createServer((req, res) => {
    refused.push(new URL(req.url ?? '', 'http://unknown').hostname);
    res.writeHead(403).end();
  });
  proxy.on('connect', (req, socket, head) => {
    const host = (req.url ?? '').replace(/:\d+$/, '');
    if (!allowed.has(host)) {
      refused.push(host);
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(simPort, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  return proxy;
}

const css = (s: string | DeepSelector) => (typeof s === 'string' ? s : `${s.host} >>> ${s.inner}`);

function tab(page: Page): ScenarioTab {
  return {
    goto: async (url) => void (await page.goto(url)),
    url: () => page.url(),
    waitFor: async (s) => void (await page.waitForSelector(css(s))),
    click: async (s) => (await page.waitForSelector(css(s)))!.click(),
    texts: (s) => page.$$eval(css(s), (els) => els.map((el) => el.textContent ?? '')),
    count: async (s) => (await page.$$(s)).length,
    attributes: (s, name) => page.$$eval(s, (els, n) => els.map((el) => el.getAttribute(n)), name),
    // As a user does it: select what is there, delete it, type the new text.
    fill: async (s, value) => {
      await page.$eval(s, (el) => (el as HTMLInputElement).select());
      await page.keyboard.press('Backspace');
      if (value) await page.type(s, value);
    },
    selectOption: async (s, value) => void (await page.select(s, value)),
    setFile: async (s, file) => {
      // Puppeteer uploads from disk: the file is written under its own name, which the page sees.
      const path = join(mkdtempSync(join(tmpdir(), 'csp-ff-upload-')), file.name);
      writeFileSync(path, file.buffer);
      const input = await page.waitForSelector(s);
      await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(path);
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    resize: (width, height) => page.setViewport({ width, height }),
    screenshot: async () => Buffer.from(await page.screenshot()),
    close: () => page.close(),
  };
}

/**
 * Waits until `page` shows `url`, loaded. The blank document is replaced by the extension's in another
 * process; an evaluation caught in that switch fails with a BiDi protocol error, and Puppeteer's
 * waitForFunction then keeps polling the gone document. So each poll is a fresh evaluation in whatever
 * document the tab holds, as Playwright's waits do when a context is destroyed. Anything but that
 * protocol error throws.
 */
async function waitForDocument(page: Page, url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await page.evaluate((u) => location.href === u && document.readyState === 'complete', url)) return;
    } catch (error) {
      if (!(error instanceof Error) || error.name !== 'ProtocolError') throw error;
    }
    if (Date.now() >= deadline) throw new Error(`${url} did not load within ${timeoutMs} ms`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

export interface FirefoxSession {
  browser: Browser;
  scenario: ScenarioBrowser;
  /** Opens an extension page (moz-extension://) in a new tab and waits until it has loaded. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefox(options: { simPort: number; locale?: string }): Promise<FirefoxSession> {
  if (!existsSync(join(FIREFOX_DIST, 'manifest.json'))) throw new Error(`No build at ${FIREFOX_DIST}: run \`npm run build\` first.`);
  const geckoId = JSON.parse(readFileSync(join(FIREFOX_DIST, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id as string;
  const refused: string[] = [];
  const proxy = await startProxy(options.simPort, refused);
  const proxyPort = (proxy.address() as AddressInfo).port;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    acceptInsecureCerts: true,
    // Remote settings obey a server override only with this set; without it Firefox calls Mozilla at start.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      'intl.locale.requested': options.locale ?? 'en-US',
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
    },
  });
  await browser.installExtension(FIREFOX_DIST);
  const origin = `moz-extension://${EXTENSION_UUID}`;

  async function openExtensionPage(path: string): Promise<Page> {
    const page = await browser.newPage();
    const url = `${origin}/${path}`;
    // The navigation into the extension's process never resolves here: wait for the page instead.
    void page.goto(url).catch(() => undefined);
    await waitForDocument(page, url);
    return page;
  }

  /** An extension page kept open to reach the extension's APIs (tabs, storage). */
  let helper: Page | null = null;
  const extensionPage = async () => (helper ??= await openExtensionPage(`${PANEL_PATH}?tabId=-1`));
  const pages = new WeakMap<ScenarioTab, Page>();

  const scenario: ScenarioBrowser = {
    name: 'firefox',
    async open(url, pageScript) {
      const page = await browser.newPage();
      if (pageScript) await page.evaluateOnNewDocument(pageScript);
      await page.goto(url);
      const t = tab(page);
      pages.set(t, page);
      return t;
    },
    async openPanel(portal) {
      const url = pages.get(portal)!.url();
      const ids = await (await extensionPage()).evaluate(
        async (u) =>
          (await (globalThis as unknown as { browser: typeof chrome }).browser.tabs.query({})).filter((t) => t.url === u).map((t) => t.id),
        url,
      );
      if (ids.length !== 1) throw new Error(`expected one tab at ${url}, found ${ids.length}`);
      return tab(await openExtensionPage(`${PANEL_PATH}?tabId=${ids[0]}`));
    },
    async setExtensionStorage(values) {
      await (await extensionPage()).evaluate(
        (v) => (globalThis as unknown as { browser: typeof chrome }).browser.storage.local.set(v),
        values,
      );
    },
    foreignHosts: () => [...new Set(refused)],
  };

  return {
    browser,
    scenario,
    openExtensionPage,
    async close() {
      await browser.close();
      await new Promise<void>((done) => proxy.close(() => done()));
    },
  };
}
