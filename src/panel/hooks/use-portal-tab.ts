/**
 * The portal tab this panel sits beside: what page it shows, and the latest reading of its audience
 * page. The browser's events feed the tab follower (../tab-follower.ts), which decides.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Tabs } from 'webextension-polyfill';
import { ext, listenForMessages } from '../../platform/ext';
import { routerEnvironment } from '../../messaging/environment';
import { createRouter } from '../../messaging/router';
import { sendToTab } from '../../messaging/send';
import { isPortalUrl } from '../../portal/portal-constants';
import { resolveTargetTab } from '../target-tab';
import { reportApplyProgress } from '../apply/apply-run';
import { followPortalTab, type PortalTab } from '../tab-follower';

export type { PortalTab } from '../tab-follower';

export function usePortalTab(search: string): PortalTab {
  const [tab, setTab] = useState<PortalTab>({ state: 'connecting' });

  useEffect(() => {
    let tabId: number | null = null;
    const follower = followPortalTab(
      {
        initialTab: () => resolveTargetTab(search),
        ping: (id) => sendToTab(id, { type: 'ping' }),
        readAudience: (id, page) => sendToTab(id, { type: 'read-audience' }, page.inFrame ? undefined : 0),
        isPortalTab: async (id) => isPortalUrl((await ext.tabs.get(id)).url),
      },
      (next) => {
        if ('tabId' in next) tabId = next.tabId;
        setTab(next);
      },
    );

    const listener = createRouter(
      'panel',
      {
        'page-ready': (_message, sender) => {
          if (sender.tabId !== undefined) follower.ready(sender.tabId);
          return null;
        },
        'audience-changed': (message, sender) => {
          if (sender.tabId !== undefined) follower.audienceChanged(sender.tabId, message.read, message.frame);
          return null;
        },
        'apply-progress': (message, sender) => {
          if (sender.tabId !== undefined && sender.tabId === tabId) reportApplyProgress(message.progress);
          return null;
        },
      },
      routerEnvironment(),
    );
    const stopListening = listenForMessages(listener);
    // A navigation in the tab replaces its content script: ask again once it has loaded.
    const onUpdated = (id: number, change: Tabs.OnUpdatedChangeInfoType) => {
      if (change.status === 'complete') follower.loaded(id);
    };
    // Firefox's sidebar is one per window, not told its tab: it follows the tab brought to the front.
    const followsActive = !new URLSearchParams(search).has('tabId');
    const windowId = followsActive ? ext.windows.getCurrent().then((w) => w.id) : null;
    const onActivated = (info: Tabs.OnActivatedActiveInfoType) =>
      void windowId?.then((id) => {
        if (info.windowId === id) follower.activated(info.tabId);
      });
    ext.tabs.onUpdated.addListener(onUpdated);
    if (followsActive) ext.tabs.onActivated.addListener(onActivated);
    return () => {
      follower.stop();
      stopListening();
      ext.tabs.onUpdated.removeListener(onUpdated);
      ext.tabs.onActivated.removeListener(onActivated);
    };
  }, [search]);

  return tab;
}
