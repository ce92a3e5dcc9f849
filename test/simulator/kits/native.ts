/** Plain HTML controls: radios, <button>, <table>, <select>, <input>, each labelled the HTML way. */
import { h, uid } from '../pages/dom';
import type { ButtonSpec, Kit, Widget } from './kit';

function button(spec: ButtonSpec): Widget {
  const el = h(
    'button',
    { type: 'button', class: spec.primary ? 'primary' : undefined, 'aria-label': spec.ariaLabel, onclick: () => spec.onClick() },
    spec.label,
  ) as HTMLButtonElement;
  return {
    element: el,
    update: () => {
      el.disabled = spec.disabled?.() ?? false;
    },
  };
}

export const nativeKit: Kit = {
  family: 'native',
  section(spec) {
    return { element: h('section', {}, h('h2', {}, spec.heading), ...spec.children), update: () => undefined };
  },
  radioGroup(spec) {
    const name = uid('radios');
    const inputs = spec.options.map(
      (o) => h('input', { type: 'radio', name, value: o.value, onchange: () => spec.onSelect(o.value) }) as HTMLInputElement,
    );
    const element = h(
      'div',
      { role: 'radiogroup', 'aria-label': spec.label },
      ...spec.options.map((o, i) => h('label', { class: 'radio' }, inputs[i], ` ${o.label}`)),
    );
    return {
      element,
      update: () => {
        for (const input of inputs) input.checked = input.value === spec.selected();
      },
    };
  },
  button,
  grid(spec) {
    const element = h('div');
    const update = () => {
      const rows = spec.rows();
      if (rows.length === 0) return element.replaceChildren(h('p', {}, spec.empty));
      const hasAction = rows.some((r) => r.action);
      element.replaceChildren(
        h(
          'table',
          { 'aria-label': spec.label },
          h(
            'thead',
            {},
            h('tr', {}, ...spec.columns.map((c) => h('th', { scope: 'col' }, c)), hasAction ? h('th', { scope: 'col' }) : null),
          ),
          h(
            'tbody',
            {},
            ...rows.map((r) => {
              const action = r.action ? button(r.action) : null;
              action?.update();
              return h('tr', {}, ...r.cells.map((c) => h('td', {}, c)), action ? h('td', {}, action.element) : null);
            }),
          ),
        ),
      );
    };
    return { element, update };
  },
  dropdown(spec) {
    const id = uid('select');
    const select = h('select', { id, required: spec.required, onchange: () => spec.onChange(select.value) }) as HTMLSelectElement;
    let shown = '';
    const update = () => {
      const options = spec.options();
      select.disabled = options === null;
      const signature = JSON.stringify(options);
      if (signature !== shown) {
        shown = signature;
        select.replaceChildren(h('option', { value: '' }, spec.placeholder), ...(options ?? []).map((o) => h('option', { value: o }, o)));
      }
      select.value = spec.value();
    };
    return {
      element: h('div', { class: 'field' }, h('label', { for: id, class: spec.required ? 'required' : undefined }, spec.label), select),
      update,
    };
  },
  textField(spec) {
    const id = uid('text');
    const control = (
      spec.multiline
        ? h('textarea', { id, rows: '6', required: spec.required })
        : h('input', { id, type: spec.type ?? 'text', required: spec.required })
    ) as HTMLInputElement | HTMLTextAreaElement;
    control.addEventListener('input', () => spec.onChange(control.value));
    const update = () => {
      if (control.value !== spec.value()) control.value = spec.value();
    };
    return {
      element: h('div', { class: 'field' }, h('label', { for: id, class: spec.required ? 'required' : undefined }, spec.label), control),
      update,
    };
  },
};
