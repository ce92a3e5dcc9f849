/**
 * The portal tab this panel sits beside: what page it shows, and the latest reading of its audience
 * page, kept current by the content script's `audience-changed` messages.
 */
import { useEffect, useState } from 'preact/hooks';
import { ext, listenForMessages } from '../../platform/ext';
import { routerEnvironment } from '../../messaging/environment';
import type { AudienceRead } from '../../core/portal-page';
import type { Replies } from '../../messaging/protocol';
import { createRouter } from '../../messaging/router';
import { sendToTab } from '../../messaging/send';
import { resolveTargetTab } from '../target-tab';
import { reportApplyProgress } from '../apply/apply-run';

export type PortalTab =
  | { state: 'connecting' }
  | { state: 'no-tab' }
  | { state: 'not-portal'; tabId: number }
  | { state: 'connected'; tabId: number; page: Replies['ping']; audience: AudienceRead | null };

export function usePortalTab(search: string): PortalTab {
  const [tab, setTab] = useState<PortalTab>({ state: 'connecting' });

  useEffect(() => {
    let tabId: number | null = null;
    let cancelled = false;

    async function connect(): Promise<void> {
      tabId ??= await resolveTargetTab(search);
      if (cancelled) return;
      if (tabId === null) return setTab({ state: 'no-tab' });
      const id = tabId;
      try {
        const page = await sendToTab(id, { type: 'ping' });
        const audience = page.kind === 'audience' ? await sendToTab(id, { type: 'read-audience' }) : null;
        // The tab may have changed meanwhile (the sidebar follows the front tab): only the current one's answer counts.
        if (!cancelled && id === tabId) setTab({ state: 'connected', tabId: id, page, audience });
      } catch {
        if (!cancelled && id === tabId) setTab({ state: 'not-portal', tabId: id });
      }
    }

    const listener = createRouter(
      'panel',
      {
        'audience-changed': (message, sender) => {
          if (sender.tabId !== tabId) return null;
          setTab((current) =>
            current.state === 'connected' ? { ...current, page: { ...current.page, kind: 'audience' }, audience: message.read } : current,
          );
          return null;
        },
        'apply-progress': (message, sender) => {
          if (sender.tabId === tabId) reportApplyProgress(message.progress);
          return null;
        },
      },
      routerEnvironment(),
    );
    const stopListening = listenForMessages(listener);
    // A navigation in the tab replaces its content script: ask again once it has loaded.
    const onUpdated = (id: number, change: chrome.tabs.OnUpdatedInfo) => {
      if (id === tabId && change.status === 'complete') void connect();
    };
    // Firefox's sidebar is one per window, not told its tab: it follows the tab brought to the front.
    const followsActive = !new URLSearchParams(search).has('tabId');
    const windowId = followsActive ? ext.windows.getCurrent().then((w) => w.id) : null;
    const onActivated = (info: chrome.tabs.OnActivatedInfo) =>
      void windowId?.then((id) => {
        if (cancelled || info.windowId !== id || info.tabId === tabId) return;
        tabId = info.tabId;
        setTab({ state: 'connecting' });
        void connect();
      });
    ext.tabs.onUpdated.addListener(onUpdated);
    if (followsActive) ext.tabs.onActivated.addListener(onActivated);
    void connect();
    return () => {
      cancelled = true;
      stopListening();
      ext.tabs.onUpdated.removeListener(onUpdated);
      ext.tabs.onActivated.removeListener(onActivated);
    };
  }, [search]);

  return tab;
}
