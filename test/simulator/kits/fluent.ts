/**
 * The 'fluent' kit: the real Fluent UI v8 React components (ChoiceGroup, PrimaryButton/DefaultButton,
 * DetailsList, Dropdown, TextField), as a publisher meets them in a Microsoft React portal. Each
 * widget is a div with its own React 18 root; `update()` re-renders it with the spec's current
 * values, synchronously (flushSync) except inside a React event handler (see fromReact). One lag is
 * Fluent's own and kept: a Dropdown shows a new selectedKey one task later (it copies it into state
 * in a useEffect). Data handed to Fluent keeps its identity while unchanged, so its own memoization
 * makes a no-op update cheap.
 *
 * No JSX (the project's JSX is Preact's), no icon fonts and no web fonts (nothing may be fetched
 * from a CDN): `./fluent-config` must stay the first import.
 */
import './fluent-config';
import * as React from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import {
  ChoiceGroup,
  DefaultButton,
  DetailsList,
  DetailsListLayoutMode,
  Dropdown,
  PrimaryButton,
  SelectionMode,
  Text,
  TextField,
  registerIcons,
  type IChoiceGroupOption,
  type IColumn,
  type IDropdownOption,
} from '@fluentui/react';
import type { ButtonSpec, DropdownSpec, GridSpec, Kit, RadioGroupSpec, SectionSpec, TextFieldSpec, Widget } from './kit';

const h = React.createElement;

// The Dropdown's caret is the only icon these components show. A text glyph registered without a
// font face stands in for the MDL2 icon font (initializeIcons would fetch it from the CDN), and
// keeps Fluent from warning about an unregistered icon.
registerIcons({ icons: { ChevronDown: h('span', { style: { fontSize: 12, lineHeight: 1 } }, '\u25BE') } });

/** How many spec callbacks called from a React event handler are running (they nest). */
let inReactHandler = 0;

/**
 * Wraps a spec callback that a Fluent event handler calls. While it runs, update() leaves rendering
 * to React, which renders the batch when the event's handlers are done (before it restores
 * controlled inputs), as a React page does: rendering at once (flushSync) would detach the clicked
 * element under Fluent's own handlers still to run (FocusZone's click handler throws on it).
 */
function fromReact<A extends unknown[]>(callback: (...args: A) => void): (...args: A) => void {
  return (...args) => {
    inReactHandler++;
    try {
      callback(...args);
    } finally {
      inReactHandler--;
    }
  };
}

/**
 * A div with its own React root, rendered at once and on every update(): synchronously, unless
 * update() comes from a React event handler (see fromReact).
 */
function reactWidget(render: () => React.ReactElement): Widget {
  const element = document.createElement('div');
  const root = createRoot(element);
  const update = (): void => {
    if (inReactHandler > 0) root.render(render());
    else flushSync(() => root.render(render()));
  };
  update();
  return { element, update };
}

/** Returns the previous result while `signature` is unchanged, so Fluent sees the same object. */
function memo<T>(): (signature: string, make: () => T) => T {
  let last: { signature: string; value: T } | null = null;
  return (signature, make) => {
    if (!last || last.signature !== signature) last = { signature, value: make() };
    return last.value;
  };
}

function buttonElement(spec: ButtonSpec, onClick: () => void): React.ReactElement {
  return h(spec.primary ? PrimaryButton : DefaultButton, {
    text: spec.label,
    ariaLabel: spec.ariaLabel,
    disabled: spec.disabled?.() ?? false,
    onClick,
  });
}

type GridRow = ReturnType<GridSpec['rows']>[number];
interface GridItem {
  key: string;
  [field: string]: string;
}

const ACTION_COLUMN = '__action';

/** What an action button shows, for telling whether a row changed. */
function actionState(action: ButtonSpec): unknown[] {
  return [action.label, action.ariaLabel ?? null, action.primary ?? false, action.disabled?.() ?? false];
}

export const fluentKit: Kit = {
  family: 'fluent',

  section(spec: SectionSpec): Widget {
    const element = document.createElement('section');
    const heading = document.createElement('h2');
    heading.textContent = spec.heading;
    element.append(heading, ...spec.children);
    return { element, update() {} };
  },

  radioGroup(spec: RadioGroupSpec): Widget {
    const options: IChoiceGroupOption[] = spec.options.map((o) => ({ key: o.value, text: o.label }));
    const onChange = fromReact((_: unknown, option?: IChoiceGroupOption): void => {
      if (option) spec.onSelect(String(option.key));
    });
    // selectedKey null (not undefined) keeps the group controlled while nothing is chosen.
    return reactWidget(() => h(ChoiceGroup, { label: spec.label, options, selectedKey: spec.selected() ?? null, onChange }));
  },

  button(spec: ButtonSpec): Widget {
    const onClick = fromReact(() => spec.onClick());
    return reactWidget(() => buttonElement(spec, onClick));
  },

  grid(spec: GridSpec): Widget {
    // The rows of the latest update(), by key: an action button calls the current row's onClick.
    let current = new Map<string, GridRow>();
    const onAction = (key: string): (() => void) => fromReact(() => current.get(key)?.action?.onClick());
    const renderAction = (item?: GridItem): React.ReactNode => {
      const key = item?.key ?? '';
      const action = current.get(key)?.action;
      return action ? buttonElement(action, onAction(key)) : null;
    };
    const dataColumns: IColumn[] = spec.columns.map((name, i) => ({
      key: `c${i}`,
      name,
      fieldName: `c${i}`,
      minWidth: 80,
      maxWidth: 320,
      isResizable: true,
      isRowHeader: i === 0,
    }));
    const withAction: IColumn[] = [...dataColumns, { key: ACTION_COLUMN, name: '', minWidth: 90, maxWidth: 160, onRender: renderAction }];
    const memoItems = memo<GridItem[]>();
    const getKey = (item: GridItem): string => item.key;
    const onShouldVirtualize = (): boolean => false;

    return reactWidget(() => {
      const rows = spec.rows();
      current = new Map(rows.map((r) => [r.key, r]));
      if (rows.length === 0) return h(Text, { block: true }, spec.empty);
      const hasAction = rows.some((r) => r.action);
      // Every item is new when anything changed (so DetailsRow re-renders), the same array otherwise.
      const signature = JSON.stringify(rows.map((r) => [r.key, r.cells, r.action && actionState(r.action)]));
      const items = memoItems(signature, () =>
        rows.map((r) => {
          const item: GridItem = { key: r.key };
          r.cells.forEach((cell, i) => {
            item[`c${i}`] = cell;
          });
          return item;
        }),
      );
      return h(DetailsList, {
        items,
        columns: hasAction ? withAction : dataColumns,
        getKey,
        setKey: 'rows',
        ariaLabelForGrid: spec.label,
        selectionMode: SelectionMode.none,
        layoutMode: DetailsListLayoutMode.justified,
        onShouldVirtualize,
      });
    });
  },

  dropdown(spec: DropdownSpec): Widget {
    // spec.delayMs is not simulated here: Fluent renders the options it has when opened; late
    // loading is the "disabled until options() is not null" phase.
    const memoOptions = memo<IDropdownOption[]>();
    const onChange = fromReact((_: unknown, option?: IDropdownOption): void => {
      if (option) spec.onChange(option.text);
    });
    return reactWidget(() => {
      const loaded = spec.options();
      const options = memoOptions(JSON.stringify(loaded ?? []), () => (loaded ?? []).map((text) => ({ key: text, text })));
      return h(Dropdown, {
        label: spec.label,
        required: spec.required ?? false,
        placeholder: spec.placeholder,
        options,
        selectedKey: spec.value() || null,
        disabled: loaded === null,
        onChange,
      });
    });
  },

  textField(spec: TextFieldSpec): Widget {
    const onChange = fromReact((_: unknown, value?: string): void => spec.onChange(value ?? ''));
    return reactWidget(() =>
      h(TextField, {
        label: spec.label,
        required: spec.required ?? false,
        ...(spec.multiline ? { multiline: true, rows: 6 } : { type: spec.type ?? 'text' }),
        value: spec.value(),
        onChange,
      }),
    );
  },
};
