/** Which step of the support request this page is, by its labels. */
import { findField } from './fields';

export function detectSupportStep(doc: Document): 'request' | 'details' | null {
  if (findField(doc, 'productVersionField')) return 'request';
  if (findField(doc, 'titleField') && findField(doc, 'descriptionField')) return 'details';
  return null;
}
