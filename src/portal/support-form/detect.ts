/** Which step of the support request this page is, by its labels (the vocabulary's, or those the publisher named). */
import { findField, type KnownLabels } from './fields';

export function detectSupportStep(doc: Document, known: KnownLabels = {}): 'request' | 'details' | null {
  if (findField(doc, 'productVersionField', known)) return 'request';
  if (findField(doc, 'titleField') && findField(doc, 'descriptionField')) return 'details';
  return null;
}
