/**
 * The "Select CSP Partners" dialog's parts in plain HTML, for the families that have no dialog of
 * their own: a `div[role=dialog]` over a backdrop, a search input, native selects and checkboxes.
 */
import type { DialogKit } from '../kits/kit';
import { h } from './dom';

export const plainDialog: DialogKit = {
  dialog({ title, body, footer }) {
    const element = h('div', { class: 'dialog-backdrop' });
    const close = () => element.remove();
    element.append(
      h(
        'div',
        {
          role: 'dialog',
          'aria-modal': 'true',
          'aria-label': title,
          onkeydown: (e: KeyboardEvent) => {
            if (e.key === 'Escape') close();
          },
        },
        h('h2', {}, title),
        ...body,
        h('div', { class: 'footer' }, ...footer),
      ),
    );
    return { element, close };
  },
  search({ label, onInput }) {
    return h('input', {
      type: 'search',
      placeholder: label,
      'aria-label': label,
      oninput: (e: Event) => onInput((e.target as HTMLInputElement).value),
    });
  },
  filter({ label, anyLabel, values, onChange }) {
    return h(
      'label',
      {},
      `${label} `,
      h(
        'select',
        { onchange: (e: Event) => onChange((e.target as HTMLSelectElement).value) },
        h('option', { value: '' }, anyLabel),
        ...values.map((v) => h('option', { value: v }, v)),
      ),
    );
  },
  checkbox({ label, checked, onChange }) {
    return h(
      'label',
      {},
      h('input', { type: 'checkbox', checked, onchange: (e: Event) => onChange((e.target as HTMLInputElement).checked) }),
      ` ${label}`,
    );
  },
  button({ label, primary, onClick }) {
    return h('button', { type: 'button', class: primary ? 'primary' : undefined, onclick: () => onClick() }, label);
  },
};
