/**
 * Recognises that the publisher submitted the form: a click on its Submit button (by accessible name,
 * through shadow roots), then a confirmation on the page that shows a case number. Nothing is
 * recorded without one: a submit the form refused (a required field left) shows none.
 */
import { findCaseNumber } from '../../core/support-request/filed-request';
import { matches } from '../../core/vocabulary';
import { accessibleNames, roleOf } from '../dom/accessible-name';
import { composedText, deepQueryAll } from '../dom/composed-tree';
import { waitFor } from './wait-for';

const CONFIRMATION = '[role="status"], [role="alert"], [role="dialog"], [aria-live], h1, h2, h3, p';
const CONFIRMATION_WAIT_MS = 60_000;

function caseNumberOnPage(doc: Document): string | null {
  for (const element of deepQueryAll(doc, CONFIRMATION)) {
    const found = findCaseNumber(composedText(element));
    if (found) return found;
  }
  return null;
}

export function watchSubmission(doc: Document, onFiled: (caseNumber: string) => void): () => void {
  let watching = false;
  const onClick = (event: Event) => {
    const submit = event
      .composedPath()
      .some(
        (target) => target instanceof Element && roleOf(target) === 'button' && accessibleNames(target).some((n) => matches('submit', n)),
      );
    if (!submit || watching) return;
    watching = true;
    void waitFor(doc, () => caseNumberOnPage(doc), CONFIRMATION_WAIT_MS).then((caseNumber) => {
      watching = false;
      if (caseNumber) onFiled(caseNumber);
    });
  };
  doc.addEventListener('click', onClick, true);
  return () => doc.removeEventListener('click', onClick, true);
}
