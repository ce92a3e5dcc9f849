/**
 * Recognises that the publisher submitted the form: the publisher's own click (trusted) on its Submit
 * button (by accessible name, through shadow roots), then a confirmation that shows a case number the
 * page did not show before. Nothing is recorded without one: a submit the form refused (a required
 * field left) shows none, and a page script's click counts for nothing.
 */
import { findCaseNumber } from '../../core/support-request/filed-request';
import { matches } from '../../core/vocabulary';
import { accessibleNames, roleOf } from '../dom/accessible-name';
import { composedText, deepQueryAll } from '../dom/composed-tree';
import { waitFor } from '../dom/wait-for';

const CONFIRMATION = '[role="status"], [role="alert"], [role="dialog"], [aria-live], h1, h2, h3, p';
const CONFIRMATION_WAIT_MS = 60_000;

function caseNumbersOnPage(doc: Document): string[] {
  return deepQueryAll(doc, CONFIRMATION)
    .map((element) => findCaseNumber(composedText(element)))
    .filter((found): found is string => found !== null);
}

export function watchSubmission(doc: Document, onFiled: (caseNumber: string) => void): () => void {
  let watching = false;
  const onClick = (event: Event) => {
    // A page script's click (untrusted) is not the publisher submitting.
    if (!event.isTrusted) return;
    const submit = event
      .composedPath()
      .some(
        (target) => target instanceof Element && roleOf(target) === 'button' && accessibleNames(target).some((n) => matches('submit', n)),
      );
    if (!submit || watching) return;
    watching = true;
    // The confirmation is what the submit brought: a number already on the page is not its case number.
    const before = new Set(caseNumbersOnPage(doc));
    const fresh = () => caseNumbersOnPage(doc).find((n) => !before.has(n)) ?? null;
    void waitFor(doc, fresh, CONFIRMATION_WAIT_MS).then((caseNumber) => {
      watching = false;
      if (caseNumber) onFiled(caseNumber);
    });
  };
  doc.addEventListener('click', onClick, true);
  return () => doc.removeEventListener('click', onClick, true);
}
