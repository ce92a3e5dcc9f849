/**
 * The panel acting on the portal page: the driver is injected then (not carried by every portal
 * page), then asked. It applies a list, sets the audience option back, or goes to a support form's field.
 */
import type { ApplyOrder, ApplyOutcome } from '../../core/apply/apply-plan';
import type { AudienceOption } from '../../core/audience';
import { PAGE_ACTIONS_SCRIPT } from '../../content/page-actions-script';
import type { PageTarget, TargetMismatch } from '../../core/page-target';
import { NoAnswerError, sendToTab } from '../../messaging/send';
import { ext } from '../../platform/ext';

async function inject(tabId: number): Promise<void> {
  await ext.scripting.executeScript({ target: { tabId, allFrames: true }, files: [PAGE_ACTIONS_SCRIPT] });
}

/** An order no frame took: the page it was planned on is gone (the tab moved on, or reloaded). */
const gone = (error: unknown): { wrongPage: TargetMismatch } => {
  if (error instanceof NoAnswerError) return { wrongPage: 'page-gone' };
  throw error;
};

/** Puts partners on, or takes them off, the table the order was planned from; refused when the page changed since. */
export async function runApply(
  tabId: number,
  order: ApplyOrder,
  target: PageTarget,
): Promise<ApplyOutcome | { wrongPage: TargetMismatch }> {
  await inject(tabId);
  return sendToTab(tabId, { type: 'apply-partners', order, target }).catch(gone);
}

export async function cancelApply(tabId: number): Promise<void> {
  await sendToTab(tabId, { type: 'cancel-apply' });
}

/** Selects an audience option on the page, as a click on its radio would; says whether the page shows it selected. */
export async function chooseOptionOnPage(
  tabId: number,
  option: AudienceOption,
  target: PageTarget,
): Promise<{ chosen: boolean } | { wrongPage: TargetMismatch }> {
  await inject(tabId);
  return sendToTab(tabId, { type: 'choose-option', option, target }).catch(gone);
}

/** Brings the support form's field with this label into view and focuses it, in the tab that shows the form. */
export async function goToField(tabId: number, label: string): Promise<boolean> {
  await inject(tabId);
  await ext.tabs.update(tabId, { active: true });
  return (await sendToTab(tabId, { type: 'focus-field', label })).focused;
}
