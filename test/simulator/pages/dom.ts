/** Tiny DOM builder for the simulator's pages and kits: text is always set as text, never as HTML. */
type Child = Node | string | null | undefined | false;
type Attrs = Record<string, unknown>;

export function h(tag: string, attrs: Attrs = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2).toLowerCase(), value as EventListener);
    else if (key === 'class') el.className = String(value);
    else if (key in el && typeof value !== 'string') (el as unknown as Record<string, unknown>)[key] = value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children) if (child) el.append(child);
  return el;
}

let counter = 0;
/** A page-unique id. */
export function uid(prefix: string): string {
  return `${prefix}-${++counter}`;
}

/** Calls `fn` after `ms`, or in a microtask when `ms` is 0: never synchronously. */
export function later(ms: number, fn: () => void): void {
  if (ms > 0) setTimeout(fn, ms);
  else queueMicrotask(fn);
}
