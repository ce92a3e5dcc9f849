/**
 * The labels the publisher named the support form's dropdowns by, where the vocabulary does not know
 * the form's words (today's are not public, SPEC §7): one answer per form language, asked once, then
 * used by the fill and by the page kind (portal/support-form/named-fields.ts).
 */
import type { Locale } from '../core/audience';
import type { NamedLabels, RememberedLabels } from '../core/support-request/named-fields';
import { RememberedLabelsSchema } from '../core/schemas';
import { STORAGE_KEYS } from './keys';
import { storageItem } from './storage-item';

export const fieldLabels = storageItem(STORAGE_KEYS.fieldLabels, RememberedLabelsSchema, {} as RememberedLabels);

/** The publisher's answer for one form language, over what was remembered for it: a field not named now keeps its label. */
export async function rememberFieldLabels(locale: Locale, named: NamedLabels): Promise<void> {
  const stored = await fieldLabels.get();
  await fieldLabels.set({ ...stored, [locale]: { ...stored[locale], ...named } });
}
