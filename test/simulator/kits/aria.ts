/**
 * ARIA-only markup, as grids and lists of the portal are driven by role ("radio", name "Select
 * row"): <div>s with roles, names from their content or from aria-labelledby, no native controls
 * but text inputs. The grid's rows sit directly under it (no rowgroup).
 */
import { h, later, uid } from '../pages/dom';
import type { ButtonSpec, Kit, Widget } from './kit';

/** A <div role=button>: activated by click, Enter or Space; inert while aria-disabled. */
function button(spec: ButtonSpec): Widget {
  const el = h(
    'div',
    { role: 'button', tabindex: '0', class: spec.primary ? 'aria-button primary' : 'aria-button', 'aria-label': spec.ariaLabel },
    spec.label,
  );
  const activate = () => {
    if (el.getAttribute('aria-disabled') !== 'true') spec.onClick();
  };
  el.addEventListener('click', activate);
  el.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') activate();
  });
  return { element: el, update: () => el.setAttribute('aria-disabled', String(spec.disabled?.() ?? false)) };
}

export const ariaKit: Kit = {
  family: 'aria',
  section(spec) {
    const id = uid('heading');
    return {
      element: h(
        'div',
        { role: 'region', class: 'section', 'aria-labelledby': id },
        h('div', { role: 'heading', 'aria-level': '2', id, class: 'heading' }, spec.heading),
        ...spec.children,
      ),
      update: () => undefined,
    };
  },
  radioGroup(spec) {
    const radios = spec.options.map((o) =>
      h(
        'div',
        { role: 'radio', tabindex: '0', class: 'aria-radio', 'data-value': o.value, onclick: () => spec.onSelect(o.value) },
        o.label,
      ),
    );
    return {
      element: h('div', { role: 'radiogroup', 'aria-label': spec.label }, ...radios),
      update: () => {
        for (const r of radios) r.setAttribute('aria-checked', String(r.dataset.value === spec.selected()));
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
          'div',
          { role: 'grid', class: 'aria-grid', 'aria-label': spec.label, 'aria-rowcount': String(rows.length + 1) },
          h(
            'div',
            { role: 'row' },
            ...spec.columns.map((c) => h('div', { role: 'columnheader' }, c)),
            hasAction ? h('div', { role: 'columnheader' }) : null,
          ),
          ...rows.map((r) => {
            const action = r.action ? button(r.action) : null;
            action?.update();
            return h(
              'div',
              { role: 'row' },
              ...r.cells.map((c) => h('div', { role: 'gridcell' }, c)),
              action ? h('div', { role: 'gridcell' }, action.element) : null,
            );
          }),
        ),
      );
    };
    return { element, update };
  },
  dropdown(spec) {
    const labelId = uid('label');
    const listId = uid('listbox');
    const text = h('span');
    const trigger = h(
      'div',
      {
        role: 'combobox',
        tabindex: '0',
        'aria-labelledby': labelId,
        'aria-controls': listId,
        'aria-expanded': 'false',
        'aria-haspopup': 'listbox',
        'aria-required': spec.required ? 'true' : undefined,
      },
      text,
    );
    const list = h('div', { role: 'listbox', id: listId, class: 'aria-listbox', hidden: true });
    const close = () => {
      list.hidden = true;
      list.replaceChildren();
      trigger.setAttribute('aria-expanded', 'false');
    };
    trigger.addEventListener('click', () => {
      const options = spec.options();
      if (trigger.getAttribute('aria-disabled') === 'true' || !options) return;
      if (!list.hidden) return close();
      list.hidden = false;
      trigger.setAttribute('aria-expanded', 'true');
      later(spec.delayMs, () => {
        if (list.hidden) return;
        list.replaceChildren(
          ...options.map((o) =>
            h(
              'div',
              {
                role: 'option',
                'aria-selected': String(o === spec.value()),
                onclick: () => {
                  close();
                  spec.onChange(o);
                },
              },
              o,
            ),
          ),
        );
      });
    });
    document.addEventListener(
      'click',
      (e) => {
        if (!list.hidden && !trigger.contains(e.target as Node) && !list.contains(e.target as Node)) close();
      },
      true,
    );
    const update = () => {
      trigger.setAttribute('aria-disabled', String(spec.options() === null));
      text.textContent = spec.value() || spec.placeholder;
    };
    return {
      element: h(
        'div',
        { class: 'field' },
        h('div', { id: labelId, class: spec.required ? 'label required' : 'label' }, spec.label),
        trigger,
        list,
      ),
      update,
    };
  },
  textField(spec) {
    const labelId = uid('label');
    const control = (
      spec.multiline
        ? h('textarea', { rows: '6', 'aria-labelledby': labelId, 'aria-required': spec.required ? 'true' : undefined })
        : h('input', { type: spec.type ?? 'text', 'aria-labelledby': labelId, 'aria-required': spec.required ? 'true' : undefined })
    ) as HTMLInputElement | HTMLTextAreaElement;
    control.addEventListener('input', () => spec.onChange(control.value));
    const update = () => {
      if (control.value !== spec.value()) control.value = spec.value();
    };
    return {
      element: h(
        'div',
        { class: 'field' },
        h('div', { id: labelId, class: spec.required ? 'label required' : 'label' }, spec.label),
        control,
      ),
      update,
    };
  },
};
