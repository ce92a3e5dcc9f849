/** The panel's words: bundled catalogues (see core/i18n/ui-messages), in the browser's UI language. */
import { ext } from '../platform/ext';
import {
  formatNumber as formatInLanguage,
  message,
  pluralMessage,
  uiLanguageOf,
  type MessageKey,
  type PluralKey,
  type UiLanguage,
} from '../core/i18n/ui-messages';

const language: UiLanguage = uiLanguageOf(ext.i18n.getUILanguage());

export function t(key: MessageKey, substitutions?: string | readonly string[]): string {
  return message(language, key, substitutions);
}

/** A message about `count` things: plural form and number grouping of the UI language. */
export function tn(key: PluralKey, count: number, rest?: readonly string[]): string {
  return pluralMessage(language, key, count, rest);
}

/** A number as the UI language writes it ("200,000"). */
export function formatNumber(value: number): string {
  return formatInLanguage(language, value);
}

/** A moment as the UI language writes a date and time ("Dec 1, 2026, 12:17 PM", "2026. 12. 1. 오후 12:17"). */
export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString(language === 'ko' ? 'ko-KR' : 'en-US', { dateStyle: 'medium', timeStyle: 'short' });
}

export function uiLocale(): UiLanguage {
  return language;
}
