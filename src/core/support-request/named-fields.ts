/**
 * The support form's fields the publisher names when the form's words are not the vocabulary's (SPEC
 * §7: today's labels are not public): which fields, how the fill report calls them, and what the page
 * offers to name them from. The DOM side is portal/support-form/named-fields.ts.
 */
import type { Locale } from '../audience';
import type { VocabularyKey } from '../vocabulary';
import type { FieldName } from './fill-report';

export const NAMED_FIELDS = ['productVersionField', 'categoryField', 'problemField'] as const satisfies readonly VocabularyKey[];
export type NamedField = (typeof NAMED_FIELDS)[number];

/** How the fill report names each of them. */
export const REPORTED_AS = {
  productVersionField: 'productVersion',
  categoryField: 'category',
  problemField: 'problem',
} as const satisfies Record<NamedField, FieldName>;

export type NamedLabels = Partial<Record<NamedField, string>>;
/** The publisher's names, per form language. */
export type RememberedLabels = Partial<Record<Locale, NamedLabels>>;

export interface FormDropdowns {
  /** The form language an answer is remembered under. */
  locale: Locale;
  /** The label each of the three fields is found by now (the vocabulary's or a remembered one). */
  found: NamedLabels;
  /** The labels of the page's other dropdowns, once each; one without a label can't be named. */
  dropdowns: string[];
}
