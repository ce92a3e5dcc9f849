/**
 * This frame's name for the assistant: made once per document by the content script, and read by the
 * page-actions driver, which runs in the same isolated world (the page can't see or set it). A page
 * action carries the name of the frame whose reading it was planned from; every other frame ignores it.
 */
const KEY = Symbol.for('csp-assistant.frame');
const scope = globalThis as { [KEY]?: string };

export function frameKey(): string {
  scope[KEY] ??= crypto.randomUUID();
  return scope[KEY];
}
