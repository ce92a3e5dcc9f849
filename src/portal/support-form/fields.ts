/**
 * Finds the support form's fields by their labels (en or ko, from the vocabulary), and reads what a
 * dropdown currently holds. Fields are never found by position or by an id we guessed.
 */
import type { Locale } from '../../core/audience';
import { localeOf, matches, normalizeLabel, type VocabularyKey } from '../../core/vocabulary';
import { controlLabels } from '../dom/control-label';

export type ControlKind = 'select' | 'combobox' | 'text';

export interface Field {
  /** The text that labels it (for a match, the text that matched). */
  label: string;
  labels: string[];
  control: HTMLElement;
  kind: ControlKind;
}

const CONTROLS = 'select, [role="combobox"], input:not([type="hidden"]):not([type="radio"]):not([type="checkbox"]), textarea';

function kindOf(control: Element): ControlKind {
  if (control instanceof HTMLSelectElement) return 'select';
  if (control.getAttribute('role') === 'combobox' && !(control instanceof HTMLInputElement)) return 'combobox';
  return 'text';
}

/** Every form control on the page with the text that labels it. */
export function allFields(doc: Document): Field[] {
  return [...doc.querySelectorAll<HTMLElement>(CONTROLS)]
    .filter((control) => !control.closest('[data-csp-assistant]'))
    .map((control) => {
      const labels = controlLabels(control);
      return { label: labels[0] ?? '', labels, control, kind: kindOf(control) };
    });
}

export function findField(doc: Document, key: VocabularyKey, locale?: Locale): Field | null {
  for (const field of allFields(doc)) {
    const label = field.labels.find((text) => matches(key, text, locale));
    if (label !== undefined) return { ...field, label };
  }
  return null;
}

/** The language of the form, told by which language's label names the given field. */
export function formLocale(doc: Document, keys: VocabularyKey[]): Locale | null {
  for (const field of allFields(doc)) {
    for (const key of keys) {
      for (const text of field.labels) {
        const locale = localeOf(key, text);
        if (locale) return locale;
      }
    }
  }
  return null;
}

/** What a dropdown holds now, or '' when it shows only its placeholder. */
export function dropdownValue(field: Field): string {
  if (field.control instanceof HTMLSelectElement) {
    const select = field.control;
    return select.value === '' ? '' : (select.selectedOptions[0]?.textContent ?? '').trim();
  }
  const title = field.control.querySelector('[class*="itle"]') ?? field.control;
  if (/placeholder/i.test(title.className)) return '';
  const text = (title.textContent ?? '').trim();
  return matches('placeholder', text) ? '' : text;
}

export function sameLabel(a: string, b: string): boolean {
  return normalizeLabel(a) === normalizeLabel(b);
}
