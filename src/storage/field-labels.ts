/**
 * The labels the publisher named the support form's dropdowns by, where the vocabulary does not know
 * the form's words (today's are not public, SPEC §7): one answer per form language, asked once, then
 * used by the fill and by the page kind (portal/support-form/named-fields.ts).
 */
import * as v from 'valibot';
import type { Locale } from '../core/audience';
import { NAMED_FIELDS, type NamedLabels, type RememberedLabels } from '../portal/support-form/named-fields';
import { STORAGE_KEYS } from './keys';
import { storageItem } from './storage-item';

// An empty label would name every unlabelled control: never kept.
const LabelsSchema = v.record(
  v.picklist(['en', 'ko']),
  v.record(v.picklist(NAMED_FIELDS), v.pipe(v.string(), v.trim(), v.nonEmpty())),
) satisfies v.GenericSchema<RememberedLabels>;

export const fieldLabels = storageItem(STORAGE_KEYS.fieldLabels, LabelsSchema, {} as RememberedLabels);

/** The publisher's answer for one form language, over what was remembered for it: a field not named now keeps its label. */
export async function rememberFieldLabels(locale: Locale, named: NamedLabels): Promise<void> {
  const stored = await fieldLabels.get();
  await fieldLabels.set({ ...stored, [locale]: { ...stored[locale], ...named } });
}
