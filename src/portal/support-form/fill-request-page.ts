/**
 * Page 1 of the support request, as the article says: leave the prefilled dropdowns alone, product
 * version "Live offer management", the category that matches the offer, problem "Update existing
 * offer", then Next, only when all of that holds. Any field it can't set stops it there, untouched after.
 */
import type { Locale } from '../../core/audience';
import { chooseCategory } from '../../core/support-request/category';
import type { SupportRequest } from '../../core/support-request/request';
import { matches, variants, type VocabularyKey } from '../../core/vocabulary';
import { allFields, dropdownValue, findField, formLocale, isDropdown, sameLabel, type Field, type KnownLabels } from './fields';
import { NAMED_FIELDS } from '../../core/support-request/named-fields';
import type { FieldReport, FillReport } from '../../core/support-request/fill-report';
import { composedText } from '../dom/composed-tree';
import { BUTTONS, namedButtons } from '../dom/page-controls';
import { press } from '../dom/operate';
import { chooseDropdownOption, closeOptions, isDisabled, openOptions } from './set-value';
import { waitFor } from '../dom/wait-for';

export interface FillOptions {
  /** How long to wait for late options, a field to enable, or Next to enable. */
  timeoutMs: number;
  /** The labels the publisher named fields by where the vocabulary finds none (named-fields.ts). */
  known?: KnownLabels;
}

/** Sets one dropdown to one of `wanted`; leaves it if it already holds one of them. */
async function setDropdown(
  doc: Document,
  name: FieldReport['field'],
  key: VocabularyKey,
  wanted: readonly string[],
  options: FillOptions,
): Promise<FieldReport> {
  const field = findField(doc, key, options.known);
  if (!field || !isDropdown(field)) return { field: name, status: 'not-found' };
  const current = dropdownValue(field);
  if (current && wanted.some((w) => sameLabel(w, current)))
    return { field: name, status: 'already-set', label: field.label, value: current };
  const outcome = await chooseDropdownOption(field, wanted, options.timeoutMs);
  if (outcome.ok) return { field: name, status: 'filled', label: field.label, value: outcome.value };
  return { field: name, status: outcome.reason, label: field.label, candidates: outcome.options };
}

/** The category options, once they have loaded; a combobox's list is read by opening it. */
async function categoryOptions(field: Field, options: FillOptions): Promise<string[]> {
  if (field.control instanceof HTMLSelectElement) {
    const select = field.control;
    await waitFor(select.ownerDocument, () => !select.disabled && [...select.options].some((o) => o.value !== ''), options.timeoutMs);
    return [...select.options].filter((o) => o.value !== '').map((o) => (o.textContent ?? '').trim());
  }
  const found = await openOptions(field, options.timeoutMs);
  await closeOptions(field);
  return (found ?? []).map((o) => composedText(o).replace(/\s+/g, ' ').trim());
}

async function setCategory(doc: Document, request: SupportRequest, options: FillOptions): Promise<FieldReport> {
  const field = findField(doc, 'categoryField', options.known);
  if (!field || !isDropdown(field)) return { field: 'category', status: 'not-found' };
  // A category already chosen (by the publisher, or the portal) is theirs: never overridden.
  const current = dropdownValue(field);
  if (current) return { field: 'category', status: 'already-set', label: field.label, value: current };
  const offered = await categoryOptions(field, options);
  // The publisher's earlier choice for this offer type comes first, when the form still offers it.
  const remembered = request.category && offered.find((o) => sameLabel(o, request.category!));
  const choice = remembered ? { kind: 'match' as const, label: remembered } : chooseCategory(request.offerType, offered);
  if (choice.kind !== 'match') {
    return {
      field: 'category',
      status: 'needs-user',
      label: field.label,
      candidates: choice.kind === 'ambiguous' ? choice.candidates : offered,
    };
  }
  return setDropdown(doc, 'category', 'categoryField', [choice.label], options);
}

const findNext = (doc: Document): HTMLElement | null => namedButtons(doc, 'next', matches, `${BUTTONS}, input[type="submit"]`)[0] ?? null;

export interface RequestPageFill {
  report: FillReport;
  /** The field the publisher must choose before the fill can go on (the category), if any. */
  awaitingChoice: Field | null;
  /** Presses Next; present only when every field holds and Next is enabled. The caller saves its state first. */
  pressNext: (() => void) | null;
}

export async function fillSupportRequestPage(doc: Document, request: SupportRequest, options: FillOptions): Promise<RequestPageFill> {
  const locale: Locale = request.locale ?? formLocale(doc, NAMED_FIELDS) ?? 'en';
  // The dropdowns the portal filled in before us: the article says to leave them as they are.
  const ours = new Set(NAMED_FIELDS.map((k) => findField(doc, k, options.known)?.control));
  const prefilled = allFields(doc)
    .filter((f) => isDropdown(f) && !ours.has(f.control))
    .map((f) => ({ field: f, value: dropdownValue(f) }))
    .filter((p) => p.value !== '');

  const fields: FieldReport[] = [];
  let categoryPending = false;
  const steps: (() => Promise<FieldReport>)[] = [
    () => setDropdown(doc, 'productVersion', 'productVersionField', variants('liveOfferManagement'), options),
    () => setCategory(doc, request, options),
    async () => {
      if (!categoryPending) return setDropdown(doc, 'problem', 'problemField', variants('updateExistingOffer'), options);
      // The category is the publisher's to choose. A problem field that waits for it (disabled) waits;
      // one that doesn't is filled now, its late options waited for like any other's.
      const field = findField(doc, 'problemField', options.known);
      if (field && isDropdown(field) && isDisabled(field.control)) return { field: 'problem', status: 'waiting', label: field.label };
      return setDropdown(doc, 'problem', 'problemField', variants('updateExistingOffer'), options);
    },
  ];
  for (const step of steps) {
    const report = await step();
    fields.push(report);
    if (report.status === 'needs-user') {
      categoryPending = true;
      continue;
    }
    // A field we could not set: nothing after it is filled, and Next is not pressed.
    if (report.status !== 'filled' && report.status !== 'already-set') break;
  }

  const changed = prefilled.filter((p) => dropdownValue(p.field) !== p.value);
  for (const p of prefilled) {
    const still = !changed.includes(p);
    fields.push({ field: 'prefilled', status: still ? 'kept-prefilled' : 'failed', label: p.field.label, value: dropdownValue(p.field) });
  }

  let next: HTMLElement | null = null;
  const allSet =
    fields.length >= steps.length &&
    fields.every((f) => f.status === 'filled' || f.status === 'already-set' || f.status === 'kept-prefilled');
  if (allSet) {
    next = await waitFor(
      doc,
      () => {
        const button = findNext(doc);
        return button && !isDisabled(button) ? button : null;
      },
      options.timeoutMs,
    );
    fields.push({ field: 'next', status: next ? 'filled' : findNext(doc) ? 'disabled' : 'not-found' });
  }
  const button = next;
  return {
    report: { page: 'request', locale, fields, userMustFill: [] },
    pressNext: button ? () => press(button) : null,
    awaitingChoice: categoryPending ? findField(doc, 'categoryField', options.known) : null,
  };
}
