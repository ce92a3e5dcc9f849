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
