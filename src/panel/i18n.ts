/** UI strings come from _locales through chrome.i18n, so the panel follows the browser's language. */
import browser from 'webextension-polyfill';

export function t(key: string, substitutions?: string | string[]): string {
  const text = browser.i18n.getMessage(key, substitutions);
  // A missing key is a bug worth seeing in the UI, not a blank.
  return text === '' ? `⟨${key}⟩` : text;
}

export function uiLocale(): 'en' | 'ko' {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

/**
 * A new extension page can get '' from getMessage while Chromium is still handing it the extension's
 * messages (seen under load): the panel waits for them before its first render.
 */
export async function messagesReady(timeoutMs = 2000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (browser.i18n.getMessage('extName') === '' && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 10));
}
