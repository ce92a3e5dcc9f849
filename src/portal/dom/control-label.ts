/** The text that labels a form control, the way assistive technology finds it. */
export function controlLabel(control: Element): string {
  const doc = control.ownerDocument;
  const labelledBy = control.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => doc.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
    if (text) return text;
  }
  const ariaLabel = control.getAttribute('aria-label');
  if (ariaLabel) return ariaLabel;
  const wrapping = control.closest('label');
  if (wrapping) return wrapping.textContent ?? '';
  if (control.id) {
    const forLabel = doc.querySelector(`label[for="${CSS.escape(control.id)}"]`);
    if (forLabel) return forLabel.textContent ?? '';
  }
  return '';
}
