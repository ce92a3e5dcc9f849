/**
 * The launcher: one button in an open shadow root, so the portal's styles can't reach it and ours
 * can't leak out. Its text is set with textContent only, and it answers only a person's click.
 */
import { ASSISTANT_ATTRIBUTE } from '../portal/portal-constants';

const STYLE = `
  :host { all: initial; position: fixed; right: 16px; bottom: 16px; z-index: 2147483646; }
  button { font: 600 13px/1 "Segoe UI", system-ui, sans-serif; color: #fff; background: #0f6cbd;
    border: 0; border-radius: 16px; padding: 9px 14px; box-shadow: 0 2px 8px rgb(0 0 0 / 25%); cursor: pointer; }
  button:hover { background: #115ea3; }
  button:focus-visible { outline: 2px solid #000; outline-offset: 2px; }
`;

export interface Launcher {
  element: HTMLElement;
  setLabel(label: string): void;
  remove(): void;
}

export function mountLauncher(doc: Document, label: string, onClick: () => void): Launcher {
  const host = doc.createElement('div');
  host.setAttribute(ASSISTANT_ATTRIBUTE, 'launcher');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = label;
  // Only a person's click: a page script calling click() on it (untrusted) must not fill the form with the
  // prepared request's partners, nor open the panel.
  button.addEventListener('click', (event) => {
    if (event.isTrusted) onClick();
  });
  root.append(style, button);
  doc.body.append(host);
  return {
    element: host,
    setLabel: (text) => {
      if (button.textContent !== text) button.textContent = text;
    },
    remove: () => host.remove(),
  };
}
