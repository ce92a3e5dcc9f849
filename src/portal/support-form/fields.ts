/**
 * Finds the support form's fields by their accessible names (en or ko, from the vocabulary; else the
 * label the publisher named a field by), in the composed tree, and reads what a dropdown currently
 * holds. Fields are never found by position or by an id we guessed.
 */
import type { Locale } from '../../core/audience';
import { localeOf, matches, normalizeLabel, type VocabularyKey } from '../../core/vocabulary';
import { accessibleNames } from '../dom/accessible-name';
import { byIdInTree, composedText, deepQueryAll } from '../dom/composed-tree';
import { isOurs } from '../dom/page-controls';

export type ControlKind = 'select' | 'combobox' | 'text';

export interface Field {
  /** The text that labels it (for a match, the text that matched). */
  label: string;
  labels: string[];
  control: HTMLElement;
  kind: ControlKind;
}

const CONTROLS =
  'select, [role="combobox"], input:not([type="hidden"]):not([type="radio"]):not([type="checkbox"]):not([type="button"]):not([type="submit"]), textarea';

/**
 * Labels the publisher gave fields whose words the vocabulary lacks (named-fields.ts), for one form
 * language: matched against a field's label as the page shows it, the one the publisher chose from.
 */
export type KnownLabels = Partial<Record<VocabularyKey, string>>;

function kindOf(control: Element): ControlKind {
  if (control instanceof HTMLSelectElement) return 'select';
  return control.getAttribute('role') === 'combobox' ? 'combobox' : 'text';
}

/** Every form control on the page, shadow roots included, with the texts that name it. */
export function allFields(doc: Document): Field[] {
  return deepQueryAll<HTMLElement>(doc, CONTROLS)
    .filter((control) => !isOurs(control))
    .map((control) => {
      const labels = accessibleNames(control);
      return { label: labels[0] ?? '', labels, control, kind: kindOf(control) };
    });
}

export function isDropdown(field: Field): boolean {
  return field.kind === 'select' || field.kind === 'combobox';
}

/** The field the vocabulary names by `key`; else the one whose label the publisher named it by. */
export function findField(doc: Document, key: VocabularyKey, known: KnownLabels = {}): Field | null {
  const fields = allFields(doc);
  for (const field of fields) {
    const label = field.labels.find((text) => matches(key, text));
    if (label !== undefined) return { ...field, label };
  }
  const named = known[key];
  return (named !== undefined && fields.find((field) => sameLabel(field.label, named))) || null;
}

/** The language of the form, told by which language's label names the given field. */
export function formLocale(doc: Document, keys: readonly VocabularyKey[]): Locale | null {
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

/**
 * The text a combobox shows: an input's value, else the element that aria-labelledby names after
 * the label (Fluent's title), else its own text.
 */
function comboboxText(control: HTMLElement): string {
  if (control instanceof HTMLInputElement) return control.value;
  const ids = (control.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  const shown = ids.length > 1 ? byIdInTree(control, ids[ids.length - 1]!) : null;
  return composedText(shown ?? control);
}

/** What a dropdown holds now, or '' when it shows only its placeholder. */
export function dropdownValue(field: Field): string {
  if (field.control instanceof HTMLSelectElement) {
    const select = field.control;
    return select.value === '' ? '' : (select.selectedOptions[0]?.textContent ?? '').trim();
  }
  const text = comboboxText(field.control).replace(/\s+/g, ' ').trim();
  // Fluent marks its placeholder by class; other builds by the placeholder's words.
  const placeholderShown = field.control.querySelector('[class*="laceholder"]') !== null;
  return placeholderShown || matches('placeholder', text) ? '' : text;
}

export function sameLabel(a: string, b: string): boolean {
  return normalizeLabel(a) === normalizeLabel(b);
}
