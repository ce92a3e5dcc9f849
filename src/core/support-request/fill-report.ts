/** What the autofill did, field by field, and what is left for the user. */
import type { Locale } from '../audience';

export type FieldStatus =
  | 'filled'
  | 'already-set'
  | 'kept-prefilled'
  | 'not-found'
  | 'option-missing'
  | 'needs-user'
  /** Depends on a field the publisher has yet to choose; filled once they have. */
  | 'waiting'
  | 'disabled'
  | 'failed';

export type FieldName = 'productVersion' | 'category' | 'problem' | 'next' | 'title' | 'description' | 'prefilled';

export interface FieldReport {
  field: FieldName;
  status: FieldStatus;
  /** The field's label on the page, when found. */
  label?: string;
  value?: string;
  /** Options offered, when the wanted one was not among them or the user must choose. */
  candidates?: string[];
}

export interface FillReport {
  page: 'request' | 'details';
  locale: Locale;
  fields: FieldReport[];
  /** Labels of required fields still empty: the user's to fill. */
  userMustFill: string[];
}
