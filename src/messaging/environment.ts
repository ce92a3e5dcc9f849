/** This extension's identity, as the router needs it to judge senders. */
import browser from 'webextension-polyfill';
import type { RouterEnvironment } from './router';

export function routerEnvironment(): RouterEnvironment {
  const base = new URL(browser.runtime.getURL('/'));
  return { runtimeId: browser.runtime.id, extensionOrigin: `${base.protocol}//${base.host}` };
}
