/**
 * The panel acting on the portal page: the driver is injected then (not carried by every portal
 * page), then asked. It applies a list, sets the audience option back, or goes to a support form's field.
 */
import type { ApplyOrder, ApplyOutcome } from '../../core/apply/apply-plan';
import type { AudienceOption } from '../../core/audience';
import { PAGE_ACTIONS_SCRIPT } from '../../content/page-actions-script';
import { sendToTab } from '../../messaging/send';
import { ext } from '../../platform/ext';

async function inject(tabId: number): Promise<void> {
  await ext.scripting.executeScript({ target: { tabId, allFrames: true }, files: [PAGE_ACTIONS_SCRIPT] });
}

export async function runApply(tabId: number, order: ApplyOrder): Promise<ApplyOutcome> {
  await inject(tabId);
  return sendToTab(tabId, { type: 'apply-partners', order });
}

export async function cancelApply(tabId: number): Promise<void> {
  await sendToTab(tabId, { type: 'cancel-apply' });
}

/** Selects an audience option on the page, as a click on its radio would; says whether the page shows it selected. */
export async function chooseOptionOnPage(tabId: number, option: AudienceOption): Promise<boolean> {
  await inject(tabId);
  return (await sendToTab(tabId, { type: 'choose-option', option })).chosen;
}

/** Brings the support form's field with this label into view and focuses it, in the tab that shows the form. */
export async function goToField(tabId: number, label: string): Promise<boolean> {
  await inject(tabId);
  await ext.tabs.update(tabId, { active: true });
  return (await sendToTab(tabId, { type: 'focus-field', label })).focused;
}
