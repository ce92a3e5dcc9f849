/** Applies an order to the portal tab: the driver is injected then (not carried by every portal page), then asked. */
import type { ApplyOrder, ApplyOutcome } from '../../core/apply/apply-plan';
import { sendToTab } from '../../messaging/send';
import { ext } from '../../platform/ext';
import { APPLY_SCRIPT } from '../../content/apply-script';

export async function runApply(tabId: number, order: ApplyOrder): Promise<ApplyOutcome> {
  await ext.scripting.executeScript({ target: { tabId, allFrames: true }, files: [APPLY_SCRIPT] });
  return sendToTab(tabId, { type: 'apply-partners', order });
}

export async function cancelApply(tabId: number): Promise<void> {
  await sendToTab(tabId, { type: 'cancel-apply' });
}
