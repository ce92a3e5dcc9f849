/**
 * Fills the support form with a request, from the panel: on the support form already open in a tab,
 * else on the one the documented short link opens (its content script takes over there).
 */
import { sendToTab } from '../../messaging/send';
import { ext } from '../../platform/ext';
import { clearReports } from '../../storage/fill-reports';
import { savePending } from '../../storage/pending-request';
import { prepareRequest } from '../../storage/prepared-requests';
import type { AudiencePage, OfferFacts } from '../../core/audience';
import type { RequestedChange } from '../../core/rules';
import { requestForOffer, type PendingRequest } from '../../core/support-request/request';
import { findSupportTab, SUPPORT_SHORT_LINK } from './find-support-tab';

export async function startFill(pending: PendingRequest, panelTabId?: number): Promise<void> {
  await clearReports();
  const tabId = await findSupportTab(panelTabId);
  if (tabId === null) {
    await savePending({ ...pending, stage: 'request', autoFill: true });
    await ext.tabs.create({ url: SUPPORT_SHORT_LINK });
    return;
  }
  await savePending({ ...pending, autoFill: true });
  await ext.tabs.update(tabId, { active: true });
  await sendToTab(tabId, { type: 'fill-support' });
}

/** One click: the request for this change on the offer the page shows is prepared (listed in the support tool) and the support form filled with it. */
export async function prepareAndFill(page: AudiencePage, facts: OfferFacts, change: RequestedChange): Promise<void> {
  const request = requestForOffer(page, facts, change, new Date().toISOString());
  await prepareRequest(request);
  await startFill({ request, stage: 'request', autoFill: true });
}
