/**
 * Kit 'shoelace': the real Shoelace 2 components, as shipped and with their own tag names —
 * sl-select/sl-option, sl-radio-group/sl-radio, sl-button, sl-input, sl-textarea, and for the
 * partner dialog sl-dialog, sl-input and sl-checkbox. Harmony Enablers (`he-*`, Partner Center's
 * components) is built like Shoelace 2 on Lit (SPEC §7), so this family shows how the real thing
 * answers a driver: its select opens on `mousedown` and picks on `mouseup`, its options are
 * light-DOM children slotted into a shadow listbox.
 *
 * The page is bound to the components the way an Angular form is: it hears of a person's choice
 * only through their own events (`sl-change`, `sl-input`; for buttons a click on sl-button), never
 * through native input/change events, and writes what they show through their properties (the
 * page is the app; an extension's content script, in its isolated world, can't reach them).
 * Shoelace has no grid: the partner table is a <table> with the grid roles.
 *
 * The components are loaded by `ready()` (./shoelace-loader), before the page builds any widget.
 */
import type SlButton from '@shoelace-style/shoelace/dist/components/button/button.component.js';
import type SlCheckbox from '@shoelace-style/shoelace/dist/components/checkbox/checkbox.component.js';
import type SlDialog from '@shoelace-style/shoelace/dist/components/dialog/dialog.component.js';
import type SlInput from '@shoelace-style/shoelace/dist/components/input/input.component.js';
import type SlOption from '@shoelace-style/shoelace/dist/components/option/option.component.js';
import type SlRadio from '@shoelace-style/shoelace/dist/components/radio/radio.component.js';
import type SlRadioGroup from '@shoelace-style/shoelace/dist/components/radio-group/radio-group.component.js';
import type SlSelect from '@shoelace-style/shoelace/dist/components/select/select.component.js';
import type SlTextarea from '@shoelace-style/shoelace/dist/components/textarea/textarea.component.js';
import { h, later } from '../pages/dom';
import type { ButtonSpec, DialogKit, DropdownSpec, GridSpec, Kit, TextFieldSpec, Widget } from './kit';
import { loadShoelace } from './shoelace-loader';

// Shoelace's text controls declare `autocorrect` as a string, today's DOM types as a boolean: they
// are typed by the properties used here.
type InputElement = HTMLElement & Pick<SlInput, 'label' | 'required' | 'type' | 'value'>;
type TextareaElement = HTMLElement & Pick<SlTextarea, 'label' | 'required' | 'rows' | 'value'>;

/** A Shoelace element with its properties set, and its text (never HTML). */
function create<T extends HTMLElement>(tag: string, props: Partial<T> = {}, text?: string): T {
  const element = Object.assign(document.createElement(tag) as T, props);
  if (text !== undefined) element.textContent = text;
  return element;
}

/**
 * Listens to a component's own event, emitted by `element` itself: Shoelace's events bubble and
 * are composed, so a nested component's (a select's `sl-after-hide` inside a dialog) passes by too.
 */
function on(element: HTMLElement, type: string, listener: () => void): void {
  element.addEventListener(type, (event) => {
    if (event.target === element) listener();
  });
}

/** sl-option values can't hold spaces (Shoelace replaces them, and says so): a code per text. */
const codeOf = (text: string) => text.replace(/\s+/g, '_');

function button(spec: ButtonSpec): Widget {
  const element = create<SlButton>('sl-button', { variant: spec.primary ? 'primary' : 'default' });
  if (spec.ariaLabel) {
    // sl-button keeps a host's aria-label to itself: its inner <button> is named by its content. So
    // the content carries the name too, the shown words hidden from it.
    element.setAttribute('aria-label', spec.ariaLabel);
    element.append(h('span', { 'aria-hidden': 'true' }, spec.label), h('span', { class: 'visually-hidden' }, spec.ariaLabel));
  } else element.textContent = spec.label;
  // A click on the host: a person's click on the inner button reaches it (Angular's `(click)`).
  element.addEventListener('click', () => {
    if (!spec.disabled?.()) spec.onClick();
  });
  const update = () => {
    element.disabled = spec.disabled?.() ?? false;
  };
  update();
  return { element, update };
}

function grid(spec: GridSpec): Widget {
  const element = h('div');
  // The rows of the latest update(), by key: an action calls its current row's onClick.
  let current = new Map<string, ReturnType<GridSpec['rows']>[number]>();
  let shown = '';
  const update = () => {
    const rows = spec.rows();
    current = new Map(rows.map((r) => [r.key, r]));
    const signature = JSON.stringify(
      rows.map((r) => [r.key, r.cells, r.action && [r.action.label, r.action.ariaLabel, r.action.disabled?.()]]),
    );
    if (signature === shown) return;
    shown = signature;
    if (rows.length === 0) return element.replaceChildren(h('p', {}, spec.empty));
    const hasAction = rows.some((r) => r.action);
    const cell = (text: string) => h('td', { role: 'gridcell' }, text);
    element.replaceChildren(
      h(
        'table',
        { role: 'grid', class: 'sl-grid', 'aria-label': spec.label },
        h(
          'thead',
          {},
          h(
            'tr',
            { role: 'row' },
            ...spec.columns.map((c) => h('th', { role: 'columnheader', scope: 'col' }, c)),
            hasAction ? h('th', { role: 'columnheader', scope: 'col' }) : null,
          ),
        ),
        h(
          'tbody',
          {},
          ...rows.map((r) => {
            const action = r.action && button({ ...r.action, onClick: () => current.get(r.key)?.action?.onClick() });
            return h('tr', { role: 'row' }, ...r.cells.map(cell), action ? h('td', { role: 'gridcell' }, action.element) : null);
          }),
        ),
      ),
    );
  };
  return { element, update };
}

/**
 * A select whose options are added late: none while `options()` is null (the select is then
 * disabled), only the chosen one until the list is first opened (so that a prefilled field shows its
 * value), and all of them `delayMs` after that opening.
 */
function dropdown(spec: DropdownSpec): Widget {
  const element = create<SlSelect>('sl-select', { label: spec.label, placeholder: spec.placeholder, required: spec.required ?? false });
  const byText = new Map<string, SlOption>();
  let listed: string[] = [];
  let arrived = false;
  let waiting = false;
  /** Bumped when the options go away, so that a late arrival for the old ones is dropped. */
  let generation = 0;
  /** The code last written to the select, from the page's value. */
  let written: string | null = null;

  on(element, 'sl-show', () => {
    if (arrived || waiting) return;
    waiting = true;
    const asked = generation;
    later(spec.delayMs, () => {
      if (asked !== generation) return;
      waiting = false;
      arrived = true;
      update();
    });
  });
  on(element, 'sl-change', () => {
    const code = String(element.value);
    spec.onChange(listed.find((text) => codeOf(text) === code) ?? '');
  });

  /** Puts `texts` in the select, leaving in place the options it keeps (moving one would reset its aria-selected). */
  function list(texts: string[]): void {
    for (const [text, option] of byText) {
      if (texts.includes(text)) continue;
      option.remove();
      byText.delete(text);
    }
    let cursor = element.firstElementChild;
    for (const text of texts) {
      let option = byText.get(text);
      if (!option) {
        option = create<SlOption>('sl-option', { value: codeOf(text) }, text);
        byText.set(text, option);
      }
      if (option === cursor) cursor = cursor.nextElementSibling;
      else element.insertBefore(option, cursor);
    }
    listed = texts;
  }

  function update(): void {
    const options = spec.options();
    if (options === null && (arrived || waiting)) {
      generation++;
      arrived = false;
      waiting = false;
    }
    element.disabled = options === null;
    const value = spec.value();
    const texts = options === null ? [] : arrived ? options : options.filter((o) => o === value);
    const changed = texts.join('\n') !== listed.join('\n');
    if (changed) list(texts);
    // Written when the page's value or the options change, not whenever the select differs: between a
    // person's pick and its sl-change, the select is ahead of the page, and must stay so.
    const code = texts.includes(value) ? codeOf(value) : '';
    if (changed || code !== written) {
      written = code;
      if (element.value !== code) element.value = code;
    }
  }
  return { element, update };
}

function textField(spec: TextFieldSpec): Widget {
  const props = { label: spec.label, required: spec.required ?? false };
  const element = spec.multiline
    ? create<TextareaElement>('sl-textarea', { ...props, rows: 6 })
    : create<InputElement>('sl-input', { ...props, type: spec.type ?? 'text' });
  const hear = () => spec.onChange(element.value);
  on(element, 'sl-input', hear);
  on(element, 'sl-change', hear);
  const update = () => {
    if (element.value !== spec.value()) element.value = spec.value();
  };
  return { element, update };
}

const dialog: DialogKit = {
  dialog({ title, body, footer }) {
    const element = create<SlDialog>('sl-dialog', { label: title });
    element.append(...body, h('div', { slot: 'footer', class: 'dialog-footer' }, ...footer));
    // However it was closed (by the page, or by a person's Escape, close button or click beside it).
    on(element, 'sl-after-hide', () => element.remove());
    // Opened once rendered in the page, as `[open]="true"` on a dialog already there would be.
    void element.updateComplete.then(() => element.show());
    return { element, close: () => void element.hide() };
  },
  search({ label, onInput }) {
    const element = create<InputElement>('sl-input', { type: 'search', label });
    on(element, 'sl-input', () => onInput(element.value));
    return element;
  },
  filter({ label, anyLabel, values, onChange }) {
    // Hoisted, so that its list is not cut off by the dialog's scrolling body. "Any" is the option
    // whose value is '', the select's value until a person picks another.
    const element = create<SlSelect>('sl-select', { label, hoist: true });
    element.append(
      create<SlOption>('sl-option', { value: '' }, anyLabel),
      ...values.map((v) => create<SlOption>('sl-option', { value: codeOf(v) }, v)),
    );
    on(element, 'sl-change', () => onChange(values.find((v) => codeOf(v) === element.value) ?? ''));
    return element;
  },
  checkbox({ label, checked, onChange }) {
    const element = create<SlCheckbox>('sl-checkbox', { checked }, label);
    on(element, 'sl-change', () => onChange(element.checked));
    return element;
  },
  button: (spec) => button(spec).element,
};

export const shoelaceKit: Kit = {
  family: 'shoelace',
  ready: loadShoelace,
  dialog,
  section(spec) {
    return { element: h('section', {}, h('h2', {}, spec.heading), ...spec.children), update() {} };
  },
  radioGroup(spec) {
    const element = create<SlRadioGroup>('sl-radio-group', { label: spec.label });
    element.append(...spec.options.map((o) => create<SlRadio>('sl-radio', { value: o.value }, o.label)));
    on(element, 'sl-change', () => spec.onSelect(element.value));
    const update = () => {
      const selected = spec.selected() ?? '';
      if (element.value !== selected) element.value = selected;
    };
    return { element, update };
  },
  button,
  grid,
  dropdown,
  textField,
};
