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

const DONE: ReadonlySet<FieldStatus> = new Set(['filled', 'already-set', 'kept-prefilled']);

/** The fill in one line: how many fields hold what they should, and the labels still the publisher's (required and empty). */
export function fillSummary(reports: readonly FillReport[]): { filled: number; left: string[]; complete: boolean } {
  const fields = reports.flatMap((r) => r.fields).filter((f) => f.field !== 'next' && f.field !== 'prefilled');
  const left = [...new Set(reports.flatMap((r) => r.userMustFill))];
  return { filled: fields.filter((f) => DONE.has(f.status)).length, left, complete: reports.some((r) => r.page === 'details') };
}
