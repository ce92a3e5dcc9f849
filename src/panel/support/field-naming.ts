/**
 * The rules of "which dropdown is which?", apart from how it is shown: when to ask (a fill stopped at
 * a field its words did not find), which fields to ask about (those the page does not find now), and
 * what an answer needs before it is remembered.
 */
import type { MessageKey } from '../../core/i18n/ui-messages';
import type { FillReport } from '../../core/support-request/fill-report';
import { NAMED_FIELDS, REPORTED_AS, type NamedField, type NamedLabels } from '../../core/support-request/named-fields';

const REPORTED = new Set<string>(Object.values(REPORTED_AS));

/** The last fill of the form's first page stopped at one of the three fields: not found by its words. */
export function stoppedAtUnknownField(reports: FillReport[]): boolean {
  return reports.some((r) => r.page === 'request' && r.fields.some((f) => REPORTED.has(f.field) && f.status === 'not-found'));
}

export function fieldsToName(found: NamedLabels): NamedField[] {
  return NAMED_FIELDS.filter((key) => found[key] === undefined);
}

/**
 * What is wrong with an answer, as the message that says so; null when it can be remembered. The
 * product version must be named when the page does not find it: the form is recognised by it.
 */
export function namingProblem(answer: NamedLabels, found: NamedLabels): MessageKey | null {
  const labels = Object.values(answer);
  if (found.productVersionField === undefined && answer.productVersionField === undefined) return 'namingNeedVersion';
  if (labels.length === 0) return 'namingNothingChosen';
  if (new Set(labels).size < labels.length) return 'namingSameTwice';
  return null;
}
