/** An error in the panel's words: a coded one (core/errors) in the UI language, any other as it came. */
import { assistantErrorOf } from '../core/errors';
import { keyPart } from '../core/i18n/ui-messages';
import { t } from './i18n';

export function errorText(error: unknown): string {
  const coded = assistantErrorOf(error);
  if (coded) return t(`error_${keyPart(coded.code)}`, coded.params);
  return error instanceof Error ? error.message : String(error);
}
