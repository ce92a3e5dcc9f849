/**
 * Runs the support form autofill on this page for the pending request, and carries the request over
 * the page change to the details page: the step is saved before Next is pressed. The fields are found
 * by the vocabulary's words, else by the labels the publisher named them by, listed from here too.
 */
import type { SupportStep } from './page-driver';
import { fillDetailsPage } from '../portal/support-form/fill-details-page';
import { fillSupportRequestPage } from '../portal/support-form/fill-request-page';
import type { FillReport } from '../core/support-request/fill-report';
import { dropdownValue, type Field } from '../portal/support-form/fields';
import type { FormDropdowns } from '../core/support-request/named-fields';
import { formDropdowns, knownLabels } from '../portal/support-form/named-fields';
import { waitFor } from '../portal/dom/wait-for';
import { categoryChoices, rememberCategory } from '../storage/category-choices';
import { fieldLabels } from '../storage/field-labels';
import { recordReport } from '../storage/fill-reports';
import { savePending } from '../storage/pending-request';
import type { PendingRequest } from '../core/support-request/request';

const TIMEOUT_MS = 10_000;
/** How long a form left open waits for the publisher's category before the fill gives up going on. */
const CHOICE_WAIT_MS = 30 * 60_000;
let running = false;
/** Counts fills: a wait for the publisher's category belongs to the fill that started it, not to a later one. */
let fills = 0;

/** The step is the one the content script's page detector (portal/page-kind.ts) told: there is no second detector here. */
export async function fillThisPage(pending: PendingRequest, step: SupportStep): Promise<FillReport | null> {
  if (running) return null;
  running = true;
  try {
    // Read at every fill: the publisher may have just named a field in the panel.
    const known = knownLabels(document, await fieldLabels.get());
    const fill = ++fills;
    if (step === 'request') {
      const remembered = pending.choosing ? undefined : (await categoryChoices.get())[pending.request.offerType];
      const request = pending.request.category || !remembered ? pending.request : { ...pending.request, category: remembered };
      const { report, pressNext, awaitingChoice } = await fillSupportRequestPage(document, request, { timeoutMs: TIMEOUT_MS, known });
      // Saved before Next: the details page's content script picks the request up from here.
      await savePending({ ...pending, stage: pressNext ? 'details' : 'request', autoFill: pressNext !== null });
      await recordReport(report);
      // Pressed after the reply to the panel has gone out; the page then navigates away.
      if (pressNext) setTimeout(pressNext, 50);
      else if (awaitingChoice) void goOnAfterChoice(awaitingChoice, pending, fill);
      return report;
    }
    const report = fillDetailsPage(document, pending.request);
    await savePending({ ...pending, stage: 'done', autoFill: false });
    await recordReport(report);
    return report;
  } finally {
    running = false;
  }
}

/** The publisher chooses the category on the page: remember it for this offer type, and fill on (problem, Next). */
async function goOnAfterChoice(field: Field, pending: PendingRequest, fill: number): Promise<void> {
  const chosen = await waitFor(document, () => dropdownValue(field) || null, CHOICE_WAIT_MS);
  // A later fill (a request chosen in the panel) set the category itself: nothing to remember or go on with.
  if (!chosen || fill !== fills) return;
  if (!pending.choosing) await rememberCategory(pending.request.offerType, chosen);
  await fillThisPage({ ...pending, request: { ...pending.request, category: chosen } }, 'request');
}

/** The form's dropdowns by label, for the publisher to name the fields the vocabulary does not find. */
export async function listThisPageDropdowns(): Promise<FormDropdowns> {
  return formDropdowns(document, await fieldLabels.get());
}
