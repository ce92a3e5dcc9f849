/**
 * The texts that may label a form control, the way assistive technology finds them. Fluent UI's
 * dropdowns name two elements in aria-labelledby (the label and the current value), so each
 * referenced element counts on its own as well as together.
 */
export function controlLabels(control: Element): string[] {
  const doc = control.ownerDocument;
  const texts: string[] = [];
  const labelledBy = control.getAttribute('aria-labelledby');
  if (labelledBy) {
    const parts = labelledBy.split(/\s+/).map((id) => doc.getElementById(id)?.textContent?.trim() ?? '');
    texts.push(...parts, parts.join(' '));
  }
  texts.push(control.getAttribute('aria-label') ?? '');
  const wrapping = control.closest('label');
  if (wrapping) texts.push(wrapping.textContent ?? '');
  if (control.id) texts.push(doc.querySelector(`label[for="${CSS.escape(control.id)}"]`)?.textContent ?? '');
  return texts.map((t) => t.trim()).filter((t) => t !== '');
}

/** The control's first label text, or ''. */
export function controlLabel(control: Element): string {
  return controlLabels(control)[0] ?? '';
}
