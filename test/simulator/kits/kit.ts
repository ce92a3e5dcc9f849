/**
 * The simulator's widget kits: one per family of controls that Partner Center is built from (public
 * evidence, SPEC §7): native HTML, ARIA-only markup, Fluent UI v8 React, Microsoft web components
 * with open shadow roots (our own `he-*`), and the real Shoelace 2 components that Harmony Enablers
 * is built like. A page is written once against this interface and rendered by any kit, so
 * the product's drivers are tested on every family with the same page logic.
 *
 * Rules for every kit:
 * - Widgets are built once and then kept in step with the page's state by `update()`, which the page
 *   calls after every state change (cheap when nothing changed).
 * - Text is always set as text, never as HTML.
 * - Nothing here may import from `src/`: the simulator imitates a page we don't control.
 */
export type Family = 'native' | 'aria' | 'fluent' | 'wc' | 'shoelace';

export interface Widget {
  /** The widget's root element, placed in the page by the caller. */
  element: HTMLElement;
  /** Re-reads the spec's getters and updates the DOM. */
  update(): void;
}

/** A titled region of the page, e.g. the "CSP Reseller audience" module. */
export interface SectionSpec {
  heading: string;
  children: Node[];
}

/** The three audience options: one choice, named by the option's own text. */
export interface RadioGroupSpec {
  /** The group's accessible name (the module's heading text). */
  label: string;
  options: { value: string; label: string }[];
  selected(): string | null;
  onSelect(value: string): void;
}

export interface ButtonSpec {
  label: string;
  /** An accessible name other than the visible label (e.g. "Remove Contoso"). */
  ariaLabel?: string;
  primary?: boolean;
  disabled?(): boolean;
  onClick(): void;
}

/** A table of partners with a header row; each row may end with one action button. */
export interface GridSpec {
  /** The grid's accessible name. */
  label: string;
  columns: string[];
  rows(): { key: string; cells: string[]; action?: ButtonSpec }[];
  /** Shown instead of the grid when there are no rows. */
  empty: string;
}

/**
 * A dropdown field. `options()` is null while its options have not loaded: the field is then
 * disabled. Once opened, its options appear `delayMs` later (0: at once, still asynchronously).
 */
export interface DropdownSpec {
  label: string;
  required?: boolean;
  placeholder: string;
  options(): string[] | null;
  value(): string;
  onChange(value: string): void;
  delayMs: number;
}

/** A text input (or a multi-line one), controlled: the page's state is the truth. */
export interface TextFieldSpec {
  label: string;
  required?: boolean;
  multiline?: boolean;
  type?: 'text' | 'tel';
  value(): string;
  onChange(value: string): void;
}

/** A modal dialog, shown as soon as it is placed in the page. */
export interface DialogSpec {
  title: string;
  body: Node[];
  /** Its buttons. */
  footer: Node[];
}

export interface DialogWidget {
  element: HTMLElement;
  /** Closes the dialog and takes it out of the page (a person's Escape does the same). */
  close(): void;
}

/** A search box: `onInput` hears every change a person makes to its text. */
export interface SearchSpec {
  label: string;
  onInput(text: string): void;
}

/** A choice among `values`, or none ("any"): `onChange` hears '' for none. */
export interface FilterSpec {
  label: string;
  anyLabel: string;
  values: string[];
  onChange(value: string): void;
}

export interface CheckboxSpec {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
}

/**
 * The parts of the "Select CSP Partners" dialog. A family that has no dialog of its own gets the
 * page's plain HTML one (pages/plain-dialog.ts).
 */
export interface DialogKit {
  dialog(spec: DialogSpec): DialogWidget;
  search(spec: SearchSpec): HTMLElement;
  filter(spec: FilterSpec): HTMLElement;
  checkbox(spec: CheckboxSpec): HTMLElement;
  button(spec: ButtonSpec): HTMLElement;
}

export interface Kit {
  family: Family;
  /** Set when the family's components load asynchronously: the page is rendered once it resolves. */
  ready?(): Promise<void>;
  dialog?: DialogKit;
  section(spec: SectionSpec): Widget;
  radioGroup(spec: RadioGroupSpec): Widget;
  button(spec: ButtonSpec): Widget;
  grid(spec: GridSpec): Widget;
  dropdown(spec: DropdownSpec): Widget;
  textField(spec: TextFieldSpec): Widget;
}
