/**
 * The launcher's two labels, bundled like the panel's words (core/i18n/ui-messages) but imported by
 * name, so that the content script carries these entries and not both whole catalogues.
 */
import { launcherFill as enFill, launcherLabel as enLabel } from '../../public/_locales/en/messages.json';
import { launcherFill as koFill, launcherLabel as koLabel } from '../../public/_locales/ko/messages.json';
import type { UiLanguage } from '../core/i18n/ui-messages';

export interface LauncherWords {
  open: string;
  fill: string;
}

const WORDS: Record<UiLanguage, LauncherWords> = {
  en: { open: enLabel.message, fill: enFill.message },
  ko: { open: koLabel.message, fill: koFill.message },
};

export function launcherWords(language: UiLanguage): LauncherWords {
  return WORDS[language];
}
