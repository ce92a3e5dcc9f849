/** An open Partner Center tab that shows the support request form, if there is one. */
import { ext } from '../../platform/ext';
import { sendToTab } from '../../messaging/send';

export const SUPPORT_SHORT_LINK = 'https://aka.ms/marketplacepublishersupport';

export async function findSupportTab(): Promise<number | null> {
  const tabs = await ext.tabs.query({ url: 'https://partner.microsoft.com/*' });
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    const page = await sendToTab(tab.id, { type: 'ping' }).catch(() => null);
    if (page && (page.kind === 'support-request' || page.kind === 'support-details')) return tab.id;
  }
  return null;
}
