/**
 * The extension API, through webextension-polyfill: one promise-based `browser` in Chrome and Firefox.
 * In Firefox it is the browser's own; in Chrome, `chrome` wrapped. Its check of `browser.runtime.id`
 * also keeps a page element named `browser` (DOM clobbering) from standing in for the API.
 * Chrome-only APIs the polyfill does not describe (sidePanel) are feature-checked on `chrome` where used.
 */
import browser, { type Runtime } from 'webextension-polyfill';

export const ext = browser;

type Listener = (message: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined;

/** Listens for runtime messages: a promise answers, undefined lets another context answer. */
export function listenForMessages(listener: Listener): () => void {
  const wrapped = (message: unknown, sender: Runtime.MessageSender) => listener(message, sender);
  ext.runtime.onMessage.addListener(wrapped);
  return () => ext.runtime.onMessage.removeListener(wrapped);
}
