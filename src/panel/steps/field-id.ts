/** The element id of each panel control a step can bring the publisher to: the view renders it, the executor focuses it. */
import type { FocusField } from '../../core/rules';

export function fieldId(field: FocusField): string {
  return field.kind === 'offer-type' ? 'offer-type' : `resale-${field.tenantId}`;
}
