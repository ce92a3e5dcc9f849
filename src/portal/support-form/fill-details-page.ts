/**
 * The "Issue details" page: the title the article prescribes and a composed description. Required
 * fields left empty are the user's; Submit is never pressed.
 */
import type { Locale } from '../../core/audience';
import { composeDescription, requestTitle } from '../../core/support-request/compose';
import type { SupportRequest } from '../../core/support-request/request';
import { portalLocale } from '../portal-locale';
import { allFields, dropdownValue, findField, formLocale } from './fields';
import type { FieldReport, FillReport } from '../../core/support-request/fill-report';
import { setText } from './set-value';

function isRequired(control: Element): boolean {
  return control.hasAttribute('required') || control.getAttribute('aria-required') === 'true';
}

function isEmpty(field: ReturnType<typeof allFields>[number]): boolean {
  if (field.kind === 'text') return ((field.control as HTMLInputElement).value ?? '').trim() === '';
  return dropdownValue(field) === '';
}

export function fillDetailsPage(doc: Document, request: SupportRequest): FillReport {
  const locale: Locale = request.locale ?? portalLocale(doc) ?? formLocale(doc, ['titleField', 'descriptionField']) ?? 'en';
  const wanted: [FieldReport['field'], 'titleField' | 'descriptionField', string][] = [
    ['title', 'titleField', requestTitle(locale)],
    ['description', 'descriptionField', composeDescription(request, locale)],
  ];
  const fields = wanted.map(([name, key, value]): FieldReport => {
    const field = findField(doc, key);
    if (field?.kind !== 'text') return { field: name, status: 'not-found' };
    const outcome = setText(field, value);
    return outcome.ok
      ? { field: name, status: 'filled', label: field.label, value }
      : { field: name, status: outcome.reason, label: field.label };
  });
  const userMustFill = allFields(doc)
    .filter((f) => isRequired(f.control) && isEmpty(f))
    .map((f) => f.label);
  return { page: 'details', locale, fields, userMustFill };
}
