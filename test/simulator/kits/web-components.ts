/**
 * Kit 'wc': small custom elements of our own, in the style public automation scripts show for the
 * real Partner Center dashboard (an Angular app whose controls are Microsoft web components with OPEN
 * shadow roots):
 * - `he-select`: the focusable `input[role="combobox"]` lives in the shadow root; the options are
 *   `he-option` light-DOM children of the host. A direct write to the inner input is undone from the
 *   host's own state; only a real choice (a click on an he-option) changes the value.
 * - `he-button`: the real `<button class="control">` is in the shadow root, its text slotted in.
 * - data grids address rows by slot: light-DOM children `[slot="col0-<key>"]`, `he-button[slot^="Action-"]`
 *   are projected into the grid's shadow cells.
 *
 * Elements are defined lazily (first use) and only once (`customElements.get` guard), so importing
 * this module outside a browser is harmless. Text is always set as text or attributes, never as HTML.
 */
import type { ButtonSpec, DropdownSpec, GridSpec, Kit, RadioGroupSpec, SectionSpec, TextFieldSpec, Widget } from './kit';

// ---------------------------------------------------------------------------------------------------
// Custom elements
// ---------------------------------------------------------------------------------------------------

/** `HTMLElement` in a browser; a stand-in elsewhere so that the class declarations below don't throw. */
const ElementBase: typeof HTMLElement = typeof HTMLElement === 'undefined' ? (class {} as unknown as typeof HTMLElement) : HTMLElement;

const BASE_CSS = `
:host { font: 14px/20px "Segoe UI", "Segoe UI Web (West European)", system-ui, -apple-system, sans-serif; color: #323130; }
:host([hidden]) { display: none !important; }
[hidden] { display: none !important; }
*, *::before, *::after { box-sizing: border-box; }
`;

const CHEVRON =
  "url(\"data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='12' height='12' viewBox='0 0 12 12'%3E%3Cpath d='M2 4l4 4 4-4' fill='none' stroke='%23605e5c' stroke-width='1.3'/%3E%3C/svg%3E\")";

/** Creates an element with attributes (and optional text), all set as text. */
function make<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Base of our elements: an open shadow root holding a small style sheet. */
class HeElement extends ElementBase {
  constructor(css: string) {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.append(make('style', {}, BASE_CSS + css));
  }
}

class HeCard extends HeElement {
  constructor() {
    super(`
:host { display: block; margin: 14px 0; }
section { background: #fff; border: 1px solid #edebe9; border-radius: 2px; padding: 16px 20px;
  box-shadow: 0 1.6px 3.6px rgba(0, 0, 0, .13), 0 .3px .9px rgba(0, 0, 0, .11); }
h2 { margin: 0 0 12px; font-size: 18px; line-height: 24px; font-weight: 600; }
`);
    const section = make('section');
    section.append(make('h2', { part: 'heading' }), make('slot'));
    this.shadowRoot!.append(section);
  }
}

class HeRadioGroup extends HeElement {
  constructor() {
    super(`
:host { display: block; }
[role="radiogroup"] { display: flex; flex-direction: column; gap: 8px; padding: 4px 0; }
`);
    const group = make('div', { role: 'radiogroup' });
    group.append(make('slot'));
    this.shadowRoot!.append(group);
  }
}

class HeRadio extends HeElement {
  constructor() {
    super(`
:host { display: flex; align-items: center; gap: 8px; }
input { margin: 0; width: 18px; height: 18px; accent-color: #0f6cbd; cursor: pointer; flex: none; }
label { cursor: pointer; }
`);
    this.shadowRoot!.append(make('input', { type: 'radio', id: 'r' }), make('label', { for: 'r' }));
    this.shadowRoot!.querySelector('label')!.append(make('slot'));
  }
}

class HeButton extends HeElement {
  constructor() {
    super(`
:host { display: inline-block; }
.control { font: inherit; font-weight: 600; min-width: 80px; height: 32px; padding: 0 16px; border: 1px solid #8a8886;
  border-radius: 2px; background: #fff; color: #323130; cursor: pointer; white-space: nowrap; }
.control:hover { background: #f3f2f1; }
.control:focus-visible { outline: 2px solid #0f6cbd; outline-offset: 1px; }
:host([appearance="primary"]) .control { background: #0f6cbd; border-color: #0f6cbd; color: #fff; }
:host([appearance="primary"]) .control:hover { background: #115ea3; }
:host([disabled]) .control, .control:disabled { background: #f3f2f1; border-color: #f3f2f1; color: #a19f9d; cursor: default; }
`);
    const control = make('button', { class: 'control', part: 'control', type: 'button' });
    control.append(make('slot'));
    this.shadowRoot!.append(control);
  }
}

class HeDataGrid extends HeElement {
  constructor() {
    super(`
:host { display: block; overflow: auto; }
[role="grid"] { display: block; font-size: 13px; }
[role="row"] { display: grid; grid-template-columns: var(--he-grid-columns); align-items: center;
  border-bottom: 1px solid #edebe9; }
[role="columnheader"], [role="gridcell"] { padding: 6px 10px; text-align: left; min-width: 0; overflow-wrap: anywhere; }
[role="columnheader"] { font-weight: 600; color: #605e5c; font-size: 12px; }
[role="row"]:not(.header):hover { background: #f3f2f1; }
.empty { margin: 0; padding: 10px 0; color: #605e5c; }
`);
    const grid = make('div', { role: 'grid', part: 'grid' });
    grid.append(make('div', { role: 'row', class: 'header' }));
    this.shadowRoot!.append(grid, make('p', { class: 'empty', part: 'empty', hidden: '' }));
  }
}

class HeSelect extends HeElement {
  /** The host's own value: the only truth for what the inner input shows. */
  state = '';
  get value(): string {
    return this.state;
  }
  /** Ignored, like a write to the inner input: only a real choice changes the value. */
  set value(_ignored: string) {}

  constructor() {
    super(`
:host { display: flex; flex-direction: column; gap: 4px; position: relative; max-width: 460px; margin: 0 0 12px; }
label { font-weight: 600; }
input { font: inherit; height: 32px; padding: 0 30px 0 8px; border: 1px solid #8a8886; border-radius: 2px; color: #323130;
  background: #fff ${CHEVRON} no-repeat right 10px center; cursor: pointer; }
input::placeholder { color: #605e5c; }
input:focus { outline: 2px solid #0f6cbd; outline-offset: -2px; }
input:disabled { background-color: #f3f2f1; border-color: #f3f2f1; color: #a19f9d; cursor: default; }
[role="listbox"] { position: absolute; top: 100%; left: 0; right: 0; z-index: 20; margin-top: 2px; padding: 4px 0;
  min-height: 12px; max-height: 260px; overflow: auto; background: #fff;
  box-shadow: 0 6.4px 14.4px rgba(0, 0, 0, .13), 0 1.2px 3.6px rgba(0, 0, 0, .11); }
`);
    const listbox = make('div', { role: 'listbox', id: 'listbox', hidden: '' });
    listbox.append(make('slot'));
    this.shadowRoot!.append(
      make('label', { for: 'control' }),
      make('input', {
        id: 'control',
        role: 'combobox',
        readonly: '',
        'aria-expanded': 'false',
        'aria-haspopup': 'listbox',
        'aria-controls': 'listbox',
        'aria-required': 'false',
      }),
      listbox,
    );
  }
}

class HeOption extends HeElement {
  constructor() {
    super(`
:host { display: block; padding: 6px 12px; cursor: pointer; }
:host(:hover) { background: #f3f2f1; }
:host([aria-selected="true"]) { background: #edebe9; font-weight: 600; }
`);
    this.shadowRoot!.append(make('slot'));
  }
}

class HeTextField extends HeElement {
  constructor() {
    super(`
:host { display: flex; flex-direction: column; gap: 4px; margin: 0 0 12px; max-width: 460px; }
label { font-weight: 600; }
input, textarea { font: inherit; padding: 5px 8px; border: 1px solid #8a8886; border-radius: 2px; color: #323130; background: #fff; }
textarea { resize: vertical; }
input:focus, textarea:focus { outline: 2px solid #0f6cbd; outline-offset: -2px; }
`);
    // The control (input or textarea) is added by the kit, which knows whether the field is multiline.
    this.shadowRoot!.append(make('label', { for: 'control' }));
  }
}

const ELEMENTS: [string, CustomElementConstructor][] = [
  ['he-card', HeCard],
  ['he-radio-group', HeRadioGroup],
  ['he-radio', HeRadio],
  ['he-button', HeButton],
  ['he-data-grid', HeDataGrid],
  ['he-select', HeSelect],
  ['he-option', HeOption],
  ['he-text-field', HeTextField],
];

let defined = false;
function defineElements(): void {
  if (defined) return;
  defined = true;
  for (const [name, ctor] of ELEMENTS) if (!customElements.get(name)) customElements.define(name, ctor);
}

/** Creates one of our elements (defining them all first). */
function create(name: string): HTMLElement {
  defineElements();
  return document.createElement(name);
}

/** A part of a host's shadow root. Queried rather than kept in fields, so a second copy of this module
 * (whose element classes lost the `customElements.get` race) still works. */
function inner<T extends Element>(host: Element, selector: string): T {
  const found = host.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`<${host.localName}>: no ${selector} in its shadow root`);
  return found;
}

// ---------------------------------------------------------------------------------------------------
// Widgets
// ---------------------------------------------------------------------------------------------------

function section(spec: SectionSpec): Widget {
  const host = create('he-card');
  inner(host, 'h2').textContent = spec.heading;
  host.append(...spec.children);
  return { element: host, update() {} };
}

function radioGroup(spec: RadioGroupSpec): Widget {
  const host = create('he-radio-group');
  inner(host, '[role="radiogroup"]').setAttribute('aria-label', spec.label);
  const items = spec.options.map((option) => {
    const radio = create('he-radio');
    radio.setAttribute('value', option.value);
    radio.textContent = option.label;
    const input = inner<HTMLInputElement>(radio, 'input');
    input.value = option.value;
    // A click on the input, or on its label (which clicks the input), selects the option.
    input.addEventListener('click', () => {
      spec.onSelect(option.value);
      update();
    });
    // A click dispatched on the host itself (`heRadio.click()`) acts like a click on its input.
    radio.addEventListener('click', (event) => {
      if (event.composedPath()[0] === radio) input.click();
    });
    host.append(radio);
    return { value: option.value, radio, input };
  });
  function update(): void {
    const selected = spec.selected();
    for (const item of items) {
      const on = item.value === selected;
      if (item.input.checked !== on) item.input.checked = on;
      if (item.radio.hasAttribute('checked') !== on) item.radio.toggleAttribute('checked', on);
    }
  }
  update();
  return { element: host, update };
}

interface ButtonWidget extends Widget {
  /** Replaces the spec (a grid's rows() returns new action specs on every call). */
  setSpec(spec: ButtonSpec): void;
}

function makeButton(initial: ButtonSpec): ButtonWidget {
  let spec = initial;
  const host = create('he-button');
  const control = inner<HTMLButtonElement>(host, 'button');
  let label: string | null = null;
  let ariaLabel: string | undefined | null = null;
  let primary: boolean | null = null;
  let disabled: boolean | null = null;
  // Clicks on the inner button are composed and reach the host; so do clicks dispatched on the host.
  host.addEventListener('click', () => {
    if (control.disabled || spec.disabled?.()) return;
    spec.onClick();
  });
  function update(): void {
    if (label !== spec.label) {
      label = spec.label;
      host.textContent = label;
    }
    if (ariaLabel !== spec.ariaLabel) {
      ariaLabel = spec.ariaLabel;
      if (ariaLabel === undefined) control.removeAttribute('aria-label');
      else control.setAttribute('aria-label', ariaLabel);
    }
    const isPrimary = spec.primary === true;
    if (primary !== isPrimary) {
      primary = isPrimary;
      if (isPrimary) host.setAttribute('appearance', 'primary');
      else host.removeAttribute('appearance');
    }
    const isDisabled = spec.disabled?.() === true;
    if (disabled !== isDisabled) {
      disabled = isDisabled;
      host.toggleAttribute('disabled', isDisabled);
      control.disabled = isDisabled;
    }
  }
  update();
  return {
    element: host,
    update,
    setSpec(next) {
      spec = next;
    },
  };
}

function button(spec: ButtonSpec): Widget {
  const { element, update } = makeButton(spec);
  return { element, update };
}

interface RowView {
  id: string;
  row: HTMLDivElement;
  texts: string[];
  spans: HTMLSpanElement[];
  actionCell: HTMLDivElement | null;
  action: ButtonWidget | null;
  /** The row's light-DOM nodes, in order: one span per column, then the action button if any. */
  light: Element[];
}

type GridRow = ReturnType<GridSpec['rows']>[number];

/**
 * Chrome scans the host's children whenever a named slot is added to or removed from the shadow tree
 * (and when an assigned light child goes), so each structural change (a row added, removed or moved,
 * an action added or removed) costs time in proportion to the grid's size: thousands of them in one
 * update would be quadratic. Beyond a few (and a tenth of the rows), the update takes the whole light
 * DOM out first, rebuilds the shadow rows with the host empty, and puts the light DOM back in order:
 * linear, at the price of restyling every row.
 */
const BULK_MIN_CHANGES = 16;

function grid(spec: GridSpec): Widget {
  const host = create('he-data-grid');
  const gridEl = inner<HTMLDivElement>(host, '[role="grid"]');
  const header = inner<HTMLDivElement>(host, '[role="row"]');
  const emptyEl = inner<HTMLParagraphElement>(host, '.empty');
  gridEl.setAttribute('aria-label', spec.label);
  for (const column of spec.columns) header.append(make('div', { role: 'columnheader' }, column));
  emptyEl.textContent = spec.empty;

  const views = new Map<string, RowView>();
  /** The rows as they are in the DOM, in order. */
  let shown: RowView[] = [];
  let shownEmpty: boolean | null = null;
  let shownActionColumn: boolean | null = null;

  function createRow(id: string): RowView {
    const row = make('div', { role: 'row' });
    const spans: HTMLSpanElement[] = [];
    for (let i = 0; i < spec.columns.length; i++) {
      const name = `col${i}-${id}`;
      const cell = make('div', { role: 'gridcell' });
      cell.append(make('slot', { name }));
      row.append(cell);
      spans.push(make('span', { slot: name }));
    }
    return { id, row, texts: [], spans, actionCell: null, action: null, light: [...spans] };
  }

  function syncRow(view: RowView, id: string, data: GridRow): void {
    for (let i = 0; i < view.spans.length; i++) {
      const text = data.cells[i] ?? '';
      if (view.texts[i] !== text) {
        view.texts[i] = text;
        view.spans[i]!.textContent = text;
      }
    }
    if (data.action) {
      if (view.action) {
        view.action.setSpec(data.action);
      } else {
        const name = `Action-${id}`;
        view.action = makeButton(data.action);
        view.action.element.setAttribute('slot', name);
        view.actionCell = make('div', { role: 'gridcell' });
        view.actionCell.append(make('slot', { name }));
        view.row.append(view.actionCell);
        view.light = [...view.spans, view.action.element];
      }
      view.action.update();
    } else if (view.action) {
      view.action.element.remove();
      view.actionCell?.remove();
      view.action = null;
      view.actionCell = null;
      view.light = [...view.spans];
    }
  }

  function update(): void {
    const rows = spec.rows();
    // Keys should be unique; a duplicate still gets its own slots rather than stealing another row's.
    const ids: string[] = [];
    const seen = new Set<string>();
    for (const data of rows) {
      let id = data.key;
      for (let n = 2; seen.has(id); n++) id = `${data.key}#${n}`;
      seen.add(id);
      ids.push(id);
    }
    const stale = shown.filter((view) => !seen.has(view.id));

    // How much the structure changes: new and stale rows, rows out of order, actions coming or going.
    let changes = stale.length;
    const kept = shown.filter((view) => seen.has(view.id));
    let k = 0;
    rows.forEach((data, i) => {
      const view = views.get(ids[i]!);
      if (!view) changes++;
      else {
        if (kept[k++] !== view) changes++;
        if (!data.action !== !view.action) changes++;
      }
    });
    const bulk = changes > BULK_MIN_CHANGES && changes > rows.length / 10;

    if (bulk) for (const view of shown) for (const node of view.light) node.remove();
    for (const view of stale) {
      view.row.remove();
      for (const node of view.light) node.remove();
      views.delete(view.id);
    }

    const order: RowView[] = [];
    let anyAction = false;
    rows.forEach((data, i) => {
      const id = ids[i]!;
      let view = views.get(id);
      if (!view) {
        view = createRow(id);
        views.set(id, view);
      }
      syncRow(view, id, data);
      if (view.action) anyAction = true;
      order.push(view);
    });

    if (bulk) {
      gridEl.replaceChildren(header, ...order.map((view) => view.row));
      host.append(...order.flatMap((view) => view.light));
    } else {
      // Light DOM first (so a slot added below finds its content at once), then the shadow rows;
      // either pass moves only what is out of place.
      let cursor: ChildNode | null = host.firstChild;
      for (const view of order) {
        for (const node of view.light) {
          if (node === cursor) cursor = cursor.nextSibling;
          else host.insertBefore(node, cursor);
        }
      }
      let previous: Element = header;
      for (const view of order) {
        if (previous.nextElementSibling !== view.row) gridEl.insertBefore(view.row, previous.nextElementSibling);
        previous = view.row;
      }
    }
    shown = order;

    const isEmpty = order.length === 0;
    if (shownEmpty !== isEmpty) {
      shownEmpty = isEmpty;
      gridEl.hidden = isEmpty;
      emptyEl.hidden = !isEmpty;
    }
    if (shownActionColumn !== anyAction) {
      shownActionColumn = anyAction;
      const columns = `repeat(${spec.columns.length}, minmax(0, 1fr))`;
      gridEl.style.setProperty('--he-grid-columns', anyAction ? `${columns} 120px` : columns);
    }
  }
  update();
  return { element: host, update };
}

function dropdown(spec: DropdownSpec): Widget {
  const host = create('he-select') as HTMLElement & { state?: string };
  host.setAttribute('label', spec.label);
  host.setAttribute('placeholder', spec.placeholder);
  if (spec.required) host.setAttribute('required', '');
  const input = inner<HTMLInputElement>(host, 'input');
  const listbox = inner<HTMLDivElement>(host, '[role="listbox"]');
  inner(host, 'label').textContent = spec.label;
  input.setAttribute('placeholder', spec.placeholder);
  input.setAttribute('aria-required', spec.required ? 'true' : 'false');

  let value = '';
  let open = false;
  /** The options have arrived (the list was opened, and delayMs passed). */
  let loaded = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disabled: boolean | null = null;
  let rendered: string[] = [];
  let optionEls: HTMLElement[] = [];

  const onDocumentClick = (event: Event): void => {
    if (!event.composedPath().includes(host)) setOpen(false);
  };

  function setOpen(next: boolean): void {
    if (open === next) return;
    open = next;
    input.setAttribute('aria-expanded', String(next));
    listbox.hidden = !next;
    host.toggleAttribute('open', next);
    if (next) {
      host.ownerDocument.addEventListener('click', onDocumentClick, true);
      if (!loaded && timer === undefined) {
        timer = setTimeout(
          () => {
            timer = undefined;
            loaded = true;
            syncOptions(spec.options());
          },
          Math.max(0, spec.delayMs),
        );
      }
    } else {
      host.ownerDocument.removeEventListener('click', onDocumentClick, true);
    }
  }

  function syncOptions(options: string[] | null): void {
    const list = loaded && options ? options : [];
    if (list.length !== rendered.length || list.some((text, i) => text !== rendered[i])) {
      for (const el of optionEls) el.remove();
      optionEls = list.map((text) => {
        const option = create('he-option');
        option.setAttribute('role', 'option');
        option.setAttribute('value', text);
        option.textContent = text;
        return option;
      });
      host.append(...optionEls);
      rendered = [...list];
    }
    for (let i = 0; i < optionEls.length; i++) {
      const selected = String(rendered[i] === value);
      if (optionEls[i]!.getAttribute('aria-selected') !== selected) optionEls[i]!.setAttribute('aria-selected', selected);
    }
  }

  function restore(): void {
    if (input.value !== value) input.value = value;
  }

  // The host ignores writes to its inner input: any input/change from it puts the host's value back.
  input.addEventListener('input', restore);
  input.addEventListener('change', restore);
  input.addEventListener('click', () => {
    if (!disabled) setOpen(!open);
  });
  input.addEventListener('keydown', (event) => {
    if (disabled) return;
    if (event.key === 'Escape') setOpen(false);
    else if (event.key === 'Enter' || event.key === ' ' || (event.key === 'ArrowDown' && event.altKey)) {
      event.preventDefault();
      setOpen(!open);
    }
  });
  // A real choice: a click on one of the he-option children.
  host.addEventListener('click', (event) => {
    const option = event
      .composedPath()
      .find((node): node is HTMLElement => node instanceof HTMLElement && node.parentNode === host && optionEls.includes(node));
    if (!option || disabled) return;
    const text = rendered[optionEls.indexOf(option)] ?? '';
    const previous = value;
    setOpen(false);
    spec.onChange(text);
    update();
    if (text !== previous) host.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  });

  function update(): void {
    const options = spec.options();
    const isDisabled = options === null;
    if (disabled !== isDisabled) {
      disabled = isDisabled;
      host.toggleAttribute('disabled', isDisabled);
      input.disabled = isDisabled;
      if (isDisabled) input.setAttribute('aria-disabled', 'true');
      else input.removeAttribute('aria-disabled');
      if (isDisabled) {
        // Options gone (e.g. reloading): they arrive again after the next opening.
        setOpen(false);
        loaded = false;
        if (timer !== undefined) clearTimeout(timer);
        timer = undefined;
      }
    }
    value = spec.value();
    host.state = value;
    restore();
    syncOptions(options);
  }
  update();
  return { element: host, update };
}

function textField(spec: TextFieldSpec): Widget {
  const host = create('he-text-field');
  host.setAttribute('label', spec.label);
  inner(host, 'label').textContent = spec.label;
  const control: HTMLInputElement | HTMLTextAreaElement = spec.multiline
    ? make('textarea', { id: 'control', rows: '6' })
    : make('input', { id: 'control', type: spec.type ?? 'text' });
  if (spec.required) {
    host.setAttribute('required', '');
    control.required = true;
    control.setAttribute('aria-required', 'true');
  }
  host.shadowRoot!.append(control);
  control.addEventListener('input', () => spec.onChange(control.value));
  function update(): void {
    const value = spec.value();
    if (control.value !== value) control.value = value;
  }
  update();
  return { element: host, update };
}

export const webComponentsKit: Kit = {
  family: 'wc',
  section,
  radioGroup,
  button,
  grid,
  dropdown,
  textField,
};
