/** The panel's words: bundled catalogues (see core/i18n/ui-messages), in the browser's UI language. */
import { ext } from '../platform/ext';
import { message, uiLanguageOf, type MessageKey, type UiLanguage } from '../core/i18n/ui-messages';

const language: UiLanguage = uiLanguageOf(ext.i18n.getUILanguage());

export function t(key: MessageKey, substitutions?: string | readonly string[]): string {
  return message(language, key, substitutions);
}

export function uiLocale(): UiLanguage {
  return language;
}
