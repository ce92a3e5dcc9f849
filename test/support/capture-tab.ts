/**
 * Asks the extension's content script in a portal tab for its scrubbed capture (what "Save this page
 * for a bug report" saves), through the service worker as the panel would.
 */
import type { Page } from 'playwright-core';
import type { Replies } from '../../src/messaging/protocol';
import type { ExtensionBrowser } from './extension-browser';

export async function captureTab(browser: ExtensionBrowser, page: Page): Promise<Replies['capture-page']> {
  const tabId = await browser.tabIdOf(page);
  const reply = await browser.serviceWorker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'capture-page' }), tabId);
  const envelope = reply as { ok: boolean; value?: Replies['capture-page']; error?: string };
  if (!envelope?.ok || !envelope.value) throw new Error(`capture refused: ${envelope?.error ?? 'no answer'}`);
  return envelope.value;
}

/** The address a capture was taken from, as recorded in it (scrubbed). */
export function capturedFrom(html: string): URL {
  const match = /data-captured-from="([^"]+)"/.exec(html);
  if (!match) throw new Error('not a capture: no data-captured-from attribute');
  return new URL(match[1]!.replace(/&amp;/g, '&'));
}
