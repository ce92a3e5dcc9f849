/**
 * Background service worker: keeps the side panel to Partner Center tabs, routes typed messages, and
 * remembers each audience page a tab shows (offer-memory.ts).
 */
import { routerEnvironment } from '../messaging/environment';
import { createRouter } from '../messaging/router';
import { ext, listenForMessages } from '../platform/ext';
import { installSidePanelBehaviour, openPanel } from './side-panel';
import { deleteExpiredRequests } from '../storage/retention';
import { PAGE_ACTIONS_SCRIPT } from '../content/page-actions-script';
import { rememberReading } from './offer-memory';

installSidePanelBehaviour();
void deleteExpiredRequests();

// Once, on install (not on updates): what it does, privacy, and where to start.
ext.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'install') void ext.tabs.create({ url: ext.runtime.getURL('src/about/index.html?welcome=1') });
});

listenForMessages(
  createRouter(
    'background',
    {
      'open-panel': async (_message, { tabId }) => {
        if (tabId === undefined) throw new Error('open-panel needs a portal tab');
        await openPanel(tabId);
        return { opened: true };
      },
      // Into the one frame that asked, only when the publisher acts there (a fill, a capture).
      'load-driver': async (_message, { tabId, frameId }) => {
        if (tabId === undefined) throw new Error('load-driver needs a portal tab');
        await ext.scripting.executeScript({ target: { tabId, frameIds: [frameId ?? 0] }, files: [PAGE_ACTIONS_SCRIPT] });
        return { loaded: true };
      },
      // Observed, not answered (the panel beside the tab answers): remembered, and the tab's badge set.
      'audience-changed': ({ read }, { tabId, url }) => {
        if (tabId !== undefined) void rememberReading(read, tabId, url);
      },
    },
    routerEnvironment(),
  ),
);
