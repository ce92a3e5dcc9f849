/**
 * Sets a control the way a person does (../dom/operate.ts): the pointer on the control, the keyboard
 * when the pointer does not open the list or pick the option, text through the native setter and the
 * events typing fires. Every change is read back from what the page shows before it counts, and a
 * control that refuses is reported, never retried into another value.
 */
import { normalizeLabel } from '../../core/vocabulary';
import { composedText } from '../dom/composed-tree';
import { enterValue, press, pressKey, typeKeys, typeText } from '../dom/operate';
import { dropdownValue, sameLabel, type Field } from './fields';
import { listedOptions } from './listed-options';
import { waitFor } from '../dom/wait-for';

export type SetOutcome = { ok: true; value: string } | { ok: false; reason: 'option-missing' | 'disabled' | 'failed'; options: string[] };

/** How long a control may take to show that it heard the pointer (a re-render), before the keyboard is tried. */
const REACTION_MS = 400;

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
  enterValue(select, option.value);
  return select.value === option.value ? { ok: true, value: label } : { ok: false, reason: 'failed', options };
}

/** Disabled natively or by ARIA: the one test for every control the drivers press or open. */
export const isDisabled = (control: Element) =>
  control.getAttribute('aria-disabled') === 'true' || (control as HTMLInputElement).disabled === true;

const isOpen = (trigger: Element) => trigger.getAttribute('aria-expanded') === 'true' || listedOptions(trigger as HTMLElement).length > 0;

/**
 * Opens a combobox (a Fluent trigger, an ARIA combobox, a web component's shadow input) and waits for
 * its options, which may arrive late. The pointer first; the keyboard (focus, ArrowDown) when the list
 * says it stayed closed. Never focus first: focusing a Fluent dropdown can select its first option.
 */
export async function openOptions(field: Field, timeoutMs: number): Promise<HTMLElement[] | null> {
  const trigger = field.control;
  const doc = trigger.ownerDocument;
  if (!(await waitFor(doc, () => !isDisabled(trigger), timeoutMs))) return null;
  if (!isOpen(trigger)) {
    press(trigger);
    // A trigger that tells whether it is open and stays closed did not take the pointer.
    if (trigger.hasAttribute('aria-expanded') && !(await waitFor(doc, () => isOpen(trigger), Math.min(REACTION_MS, timeoutMs)))) {
      trigger.focus({ preventScroll: true });
      pressKey(trigger, 'ArrowDown');
    }
  }
  return waitFor(
    doc,
    () => {
      const options = listedOptions(trigger);
      return options.length > 0 ? options : null;
    },
    timeoutMs,
  );
}

/**
 * Closes a list the assistant opened and could not use, and waits until it is gone from view: the
 * page is left as it was found. (Shoelace's select, reopened during its closing animation, stays open
 * with its list hidden: the publisher's next click must not come in that window.)
 */
export async function closeOptions(field: Field): Promise<void> {
  const trigger = field.control;
  if (trigger.getAttribute('aria-expanded') !== 'true') return;
  press(trigger);
  const closed = () => trigger.getAttribute('aria-expanded') !== 'true' && !listedOptions(trigger).some((o) => o.checkVisibility());
  if (!(await waitFor(trigger.ownerDocument, closed, REACTION_MS))) pressKey(trigger, 'Escape');
  await waitFor(trigger.ownerDocument, closed, REACTION_MS);
}

async function setCombobox(field: Field, wanted: readonly string[], timeoutMs: number): Promise<SetOutcome> {
  const trigger = field.control;
  const found = await openOptions(field, timeoutMs);
  if (found === null && isDisabled(trigger)) return { ok: false, reason: 'disabled', options: [] };
  const options = optionTexts(found ?? []);
  const label = pick(options, wanted);
  const target = found?.find((o) => normalizeLabel(composedText(o)) === normalizeLabel(label ?? ''));
  if (!label || !target) {
    await closeOptions(field);
    // No list at all is not "your option is missing": the assistant could not see the options.
    return { ok: false, reason: found === null ? 'failed' : 'option-missing', options };
  }
  const shows = () => trigger.getAttribute('aria-expanded') !== 'true' && sameLabel(dropdownValue(field), label);
  press(target);
  if (!(await waitFor(trigger.ownerDocument, shows, Math.min(REACTION_MS, timeoutMs)))) {
    // The option ignored the pointer: the list's type-ahead picks it by its words, Enter chooses it.
    trigger.focus({ preventScroll: true });
    typeKeys(trigger, label);
    pressKey(trigger, 'Enter');
  }
  if (await waitFor(trigger.ownerDocument, shows, timeoutMs)) return { ok: true, value: label };
  await closeOptions(field);
  return { ok: false, reason: 'failed', options };
}

/** Chooses one of these options in a dropdown (native or combobox), as a person would. */
export function chooseDropdownOption(field: Field, wanted: readonly string[], timeoutMs: number): Promise<SetOutcome> {
  if (field.control instanceof HTMLSelectElement) return setNativeSelect(field.control, wanted, timeoutMs);
  return setCombobox(field, wanted, timeoutMs);
}

export function setText(field: Field, value: string): SetOutcome {
  const control = field.control;
  if (!(control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement)) return { ok: false, reason: 'failed', options: [] };
  if (control.disabled || control.readOnly) return { ok: false, reason: 'disabled', options: [] };
  typeText(control, value);
  return control.value === value ? { ok: true, value } : { ok: false, reason: 'failed', options: [] };
}
