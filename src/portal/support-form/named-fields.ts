/**
 * The three dropdowns the fill sets on the form's first page, when the form's words are not the
 * vocabulary's. Today's labels are not public (SPEC §7), so the publisher names those fields once,
 * from the dropdowns the page shows, and the names are remembered per form language
 * (storage/field-labels.ts). Here: which fields those are, the language a form's names are kept
 * under, and the page's dropdowns as the publisher chooses from them.
 */
import type { Locale } from '../../core/audience';
import { NAMED_FIELDS, type FormDropdowns, type NamedLabels, type RememberedLabels } from '../../core/support-request/named-fields';
import { portalLocale } from '../portal-locale';
import { allFields, findField, formLocale, isDropdown, type KnownLabels } from './fields';

const LOCALES: readonly Locale[] = ['en', 'ko'];

/**
 * The form's language: told by the vocabulary's labels; else by a product-version label remembered
 * for one language (the page kind recognises the form by it, in either); else the portal's. Naming
 * fields never changes the answer for the form they were named on, so they are found again there.
 */
export function namedFieldsLocale(doc: Document, remembered: RememberedLabels): Locale {
  const byWords = formLocale(doc, NAMED_FIELDS);
  if (byWords) return byWords;
  const byName = LOCALES.find((locale) => findField(doc, 'productVersionField', remembered[locale]) !== null);
  return byName ?? portalLocale(doc) ?? 'en';
}

/** The labels the fill looks the fields up by, besides the vocabulary's, on this form. */
export function knownLabels(doc: Document, remembered: RememberedLabels): KnownLabels {
  return remembered[namedFieldsLocale(doc, remembered)] ?? {};
}

export function formDropdowns(doc: Document, remembered: RememberedLabels): FormDropdowns {
  const locale = namedFieldsLocale(doc, remembered);
  const known = remembered[locale] ?? {};
  const found: NamedLabels = {};
  const taken = new Set<Element>();
  for (const key of NAMED_FIELDS) {
    const field = findField(doc, key, known);
    if (!field || !isDropdown(field)) continue;
    found[key] = field.label;
    taken.add(field.control);
  }
  const others = allFields(doc).filter((f) => isDropdown(f) && !taken.has(f.control) && f.label !== '');
  return { locale, found, dropdowns: [...new Set(others.map((f) => f.label))] };
}
