/**
 * The few things an end-to-end scenario does with a browser, so that one scenario runs in Chromium
 * (Playwright) and in Firefox (Puppeteer over WebDriver BiDi) alike. Selectors are CSS; `deep(host,
 * inner)` reaches into an open shadow root, which each engine writes its own way.
 */
export interface ScenarioTab {
  goto(url: string): Promise<void>;
  url(): string;
  /** Waits until an element matches, attached to the document (visible or not). */
  waitFor(selector: string | DeepSelector): Promise<void>;
  click(selector: string | DeepSelector): Promise<void>;
  texts(selector: string | DeepSelector): Promise<string[]>;
  count(selector: string): Promise<number>;
  attributes(selector: string, name: string): Promise<(string | null)[]>;
  fill(selector: string, value: string): Promise<void>;
  selectOption(selector: string, value: string): Promise<void>;
  setFile(selector: string, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  resize(width: number, height: number): Promise<void>;
  screenshot(): Promise<Buffer>;
  close(): Promise<void>;
}

export interface ScenarioBrowser {
  name: 'chromium' | 'firefox';
  /** A new tab at `url`; `pageScript` runs in the page's own world before any of its scripts (as the page's markup would). */
  open(url: string, pageScript?: string): Promise<ScenarioTab>;
  /** The extension's panel page, opened as a tab, working on `portal`'s tab. */
  openPanel(portal: ScenarioTab): Promise<ScenarioTab>;
  /** Writes to the extension's own storage (chrome.storage.local / browser.storage.local). */
  setExtensionStorage(values: Record<string, unknown>): Promise<void>;
  /** Hosts of every request that left the browser for anywhere but the simulated portal. */
  foreignHosts(): string[];
}

export interface DeepSelector {
  host: string;
  inner: string;
}

export const deep = (host: string, inner: string): DeepSelector => ({ host, inner });
