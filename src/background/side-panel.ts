/**
 * The side panel belongs beside Partner Center only: enabled on partner.microsoft.com tabs, disabled
 * elsewhere. Each tab's panel is told its tab (`?tabId=`), so a panel never acts on another tab.
 */
import { ext } from '../platform/ext';
import { isPortalUrl, PORTAL_ORIGIN } from '../portal/portal-constants';

function panelPath(tabId: number): string {
  const base = (ext.runtime.getManifest() as { side_panel?: { default_path?: string } }).side_panel?.default_path ?? 'src/panel/index.html';
  return `${base}?tabId=${tabId}`;
}

async function syncPanelForTab(tabId: number, url: string | undefined): Promise<void> {
  await chrome.sidePanel.setOptions(isPortalUrl(url) ? { tabId, path: panelPath(tabId), enabled: true } : { tabId, enabled: false });
}

/** Firefox builds have sidebar_action instead of chrome.sidePanel. */
function hasSidePanel(): boolean {
  return typeof chrome !== 'undefined' && chrome.sidePanel !== undefined;
}

/** Must run inside the user gesture of the launcher click: no await before `open`. */
export function openPanel(tabId: number): Promise<void> {
  if (!hasSidePanel()) {
    const sidebar = ext.sidebarAction as typeof ext.sidebarAction | undefined;
    if (!sidebar) return Promise.reject(new Error('this browser has neither a side panel nor a sidebar'));
    return sidebar.open();
  }
  void chrome.sidePanel.setOptions({ tabId, path: panelPath(tabId), enabled: true });
  return chrome.sidePanel.open({ tabId });
}

export function installSidePanelBehaviour(): void {
  if (!hasSidePanel()) {
    // Firefox: the toolbar button is not the sidebar's own. Its click opens or closes the sidebar, at
    // once (nothing awaited first), while the click still counts as the publisher's.
    ext.action.onClicked.addListener(() => void ext.sidebarAction.toggle());
    return;
  }
  void chrome.sidePanel.setOptions({ enabled: false });
  void chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
  ext.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.url !== undefined || change.status === 'loading') void syncPanelForTab(tabId, tab.url);
  });
  void ext.tabs.query({ url: `${PORTAL_ORIGIN}/*` }).then((tabs) => {
    for (const tab of tabs) if (tab.id !== undefined) void syncPanelForTab(tab.id, tab.url);
  });
}
