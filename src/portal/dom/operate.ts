/**
 * Operating a control the way a person does (SPEC §7). Why not a bare click() call and `el.value = …`:
 * - Lit/Shoelace components (Partner Center's `he-` library is built like them) open a list on
 *   `mousedown` and pick an option on `mouseup`; a bare click does nothing there.
 * - A content script can't see a component's own properties, and a value set from code fires none of
 *   the events an app is bound to. So text goes through the native setter plus the events typing fires.
 * - Apps bound on a component's host (Angular) hear only events that cross shadow roots: every event
 *   made here is composed and bubbles.
 * Callers always read the result back from what the page shows; nothing here reports success.
 */

/** Every event here: bubbling, cancelable, and composed so that it crosses shadow roots. */
const composed = { bubbles: true, cancelable: true, composed: true } as const;

/** The pointer sequence of a primary-button click at the element's centre. */
export function press(element: Element): void {
  const box = element.getBoundingClientRect();
  const at = { ...composed, button: 0, clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 };
  const pointer = { ...at, pointerId: 1, pointerType: 'mouse', isPrimary: true };
  element.dispatchEvent(new PointerEvent('pointerdown', { ...pointer, buttons: 1 }));
  element.dispatchEvent(new MouseEvent('mousedown', { ...at, buttons: 1 }));
  element.dispatchEvent(new PointerEvent('pointerup', { ...pointer, buttons: 0 }));
  element.dispatchEvent(new MouseEvent('mouseup', { ...at, buttons: 0 }));
  element.dispatchEvent(new MouseEvent('click', { ...at, buttons: 0, detail: 1 }));
}

/** One key pressed and released on `target` (which need not hold the focus: a component listens on its tree). */
export function pressKey(target: Element, key: string): void {
  const code = key.length === 1 ? (/[a-z]/i.test(key) ? `Key${key.toUpperCase()}` : '') : key;
  target.dispatchEvent(new KeyboardEvent('keydown', { ...composed, key, code }));
  target.dispatchEvent(new KeyboardEvent('keyup', { ...composed, key, code }));
}

/** Types a text as one key per character: the list's type-ahead, as a person picks from a long list. */
export function typeKeys(target: Element, text: string): void {
  for (const character of text) pressKey(target, character);
}

type Editable = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

function prototypeOf(element: Editable): object {
  // Tag names, not instanceof: a frame's elements come from another realm.
  if (element.tagName === 'SELECT') return HTMLSelectElement.prototype;
  return element.tagName === 'TEXTAREA' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
}

/**
 * Sets a native control's value as typing or choosing does: through the prototype's setter (React
 * and Fluent keep their own copy and track the native one), then the composed `input` and `change`.
 */
export function enterValue(element: Editable, value: string): void {
  Object.getOwnPropertyDescriptor(prototypeOf(element), 'value')?.set?.call(element, value);
  element.dispatchEvent(
    element.tagName === 'SELECT'
      ? new Event('input', composed)
      : new InputEvent('input', { ...composed, inputType: 'insertText', data: value }),
  );
  element.dispatchEvent(new Event('change', composed));
}

/** A text field filled as a person does: focus, the value typed, focus moved on (controlled inputs re-render on blur). */
export function typeText(element: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  element.focus({ preventScroll: true });
  enterValue(element, value);
  element.blur();
}
