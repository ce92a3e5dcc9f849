/**
 * Brings a field the publisher still has to fill (the support form's "Severity", say) into view and
 * puts the cursor in it: the report's "Go to the field". Found by its label, as the report names it.
 */
import { allFields, sameLabel } from './fields';

export function focusField(doc: Document, label: string): boolean {
  const field = allFields(doc).find((f) => f.labels.some((l) => sameLabel(l, label)));
  if (!field) return false;
  field.control.scrollIntoView({ block: 'center' });
  field.control.focus();
  return true;
}
