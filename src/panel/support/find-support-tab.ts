/** An open Partner Center tab that shows the support request form, if there is one. */
import { ext } from '../../platform/ext';
import { sendToTab } from '../../messaging/send';
import { isSupportPage } from '../../core/portal-page';

/**
 * The support request's documented address in newer docs; the older https://aka.ms/marketplacepublishersupport
 * lands on the same form. Either way the form is recognised by its words on partner.microsoft.com.
 */
export const SUPPORT_SHORT_LINK = 'https://go.microsoft.com/fwlink/?linkid=2165533';

/** The panel's own tab first, when it shows the form; then the most recently used. */
export async function findSupportTab(preferred?: number): Promise<number | null> {
  const tabs = (await ext.tabs.query({ url: 'https://partner.microsoft.com/*' })).sort(
    (a, b) => Number(b.id === preferred) - Number(a.id === preferred) || (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0),
  );
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    const page = await sendToTab(tab.id, { type: 'ping' }).catch(() => null);
    if (page && isSupportPage(page.kind)) return tab.id;
  }
  return null;
}
