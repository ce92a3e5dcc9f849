/**
 * Sets a control the way the page accepts it: React and Fluent keep their own state, so values go
 * through the native setters and real events, and every change is read back before it counts.
 */
import { normalizeLabel } from '../../core/vocabulary';
import { composedText } from '../dom/composed-tree';
import { dropdownValue, sameLabel, type Field } from './fields';
import { listedOptions } from './listed-options';
import { waitFor } from './wait-for';

export type SetOutcome = { ok: true; value: string } | { ok: false; reason: 'option-missing' | 'disabled' | 'failed'; options: string[] };

type Prototype = typeof HTMLInputElement.prototype | typeof HTMLTextAreaElement.prototype | typeof HTMLSelectElement.prototype;

export function nativeSet(element: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  const proto: Prototype =
    element instanceof HTMLSelectElement
      ? HTMLSelectElement.prototype
      : element instanceof HTMLTextAreaElement
        ? HTMLTextAreaElement.prototype
        : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(element, value);
  element.dispatchEvent(new Event('input', { bubbles: true }));
  element.dispatchEvent(new Event('change', { bubbles: true }));
}

const optionTexts = (options: Iterable<Element>) => [...options].map((o) => composedText(o).replace(/\s+/g, ' ').trim()).filter(Boolean);

/** Picks the first wanted label that the options offer, by normalised text. */
function pick(options: string[], wanted: readonly string[]): string | undefined {
  const normalized = wanted.map(normalizeLabel);
  return options.find((o) => normalized.includes(normalizeLabel(o)));
}

async function setNativeSelect(select: HTMLSelectElement, wanted: readonly string[], timeoutMs: number): Promise<SetOutcome> {
  // Options that load late: wait until the select is enabled and offers more than its placeholder.
  await waitFor(select.ownerDocument, () => !select.disabled && [...select.options].some((o) => o.value !== ''), timeoutMs);
  const options = optionTexts([...select.options].filter((o) => o.value !== ''));
  if (select.disabled) return { ok: false, reason: 'disabled', options };
  const label = pick(options, wanted);
  if (!label) return { ok: false, reason: 'option-missing', options };
  const option = [...select.options].find((o) => (o.textContent ?? '').trim() === label)!;
  nativeSet(select, option.value);
  return select.value === option.value ? { ok: true, value: label } : { ok: false, reason: 'failed', options };
}

/** Disabled natively or by ARIA: the one test for every control the drivers press or open. */
export const isDisabled = (control: Element) =>
  control.getAttribute('aria-disabled') === 'true' || (control as HTMLInputElement).disabled === true;

/**
 * Opens a combobox (a Fluent trigger, an ARIA combobox, or a web component's shadow input) and waits
 * for its options, which may arrive late; closes it again unless `keepOpen`.
 */
export async function openOptions(field: Field, timeoutMs: number): Promise<HTMLElement[] | null> {
  const trigger = field.control;
  const doc = trigger.ownerDocument;
  if (!(await waitFor(doc, () => !isDisabled(trigger), timeoutMs))) return null;
  // Click, never focus first: focusing a Fluent dropdown can select its first option.
  if (trigger.getAttribute('aria-expanded') !== 'true') trigger.click();
  return waitFor(
    doc,
    () => {
      const options = listedOptions(trigger);
      return options.length > 0 ? options : null;
    },
    timeoutMs,
  );
}

export function closeOptions(field: Field): void {
  if (field.control.getAttribute('aria-expanded') === 'true') field.control.click();
}

async function setCombobox(field: Field, wanted: readonly string[], timeoutMs: number): Promise<SetOutcome> {
  const trigger = field.control;
  const found = await openOptions(field, timeoutMs);
  if (found === null && isDisabled(trigger)) return { ok: false, reason: 'disabled', options: [] };
  const options = optionTexts(found ?? []);
  const label = pick(options, wanted);
  const target = found?.find((o) => normalizeLabel(composedText(o)) === normalizeLabel(label ?? ''));
  if (!label || !target) {
    // Leave the page as we found it: close the list we opened.
    closeOptions(field);
    // No list at all is not "your option is missing": the assistant could not see the options.
    return { ok: false, reason: found === null ? 'failed' : 'option-missing', options };
  }
  target.click();
  const settled = await waitFor(
    trigger.ownerDocument,
    () => trigger.getAttribute('aria-expanded') !== 'true' && sameLabel(dropdownValue(field), label),
    timeoutMs,
  );
  return settled ? { ok: true, value: label } : { ok: false, reason: 'failed', options };
}

export function chooseOption(field: Field, wanted: readonly string[], timeoutMs: number): Promise<SetOutcome> {
  if (field.control instanceof HTMLSelectElement) return setNativeSelect(field.control, wanted, timeoutMs);
  return setCombobox(field, wanted, timeoutMs);
}

export function setText(field: Field, value: string): SetOutcome {
  const control = field.control;
  if (!(control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement)) return { ok: false, reason: 'failed', options: [] };
  if (control.disabled || control.readOnly) return { ok: false, reason: 'disabled', options: [] };
  nativeSet(control, value);
  // Controlled inputs re-render on blur: read back after it.
  control.dispatchEvent(new FocusEvent('blur'));
  control.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
  return control.value === value ? { ok: true, value } : { ok: false, reason: 'failed', options: [] };
}
