/**
 * The portal tab this panel sits beside: what page it shows, and the latest reading of its audience
 * page, kept current by the content script's `audience-changed` messages.
 */
import { useEffect, useState } from 'preact/hooks';
import { ext, listenForMessages } from '../../platform/ext';
import { routerEnvironment } from '../../messaging/environment';
import type { AudienceRead, Replies } from '../../messaging/protocol';
import { createRouter } from '../../messaging/router';
import { sendToTab } from '../../messaging/send';
import { resolveTargetTab } from '../target-tab';

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
        if (!cancelled) setTab({ state: 'connected', tabId: id, page, audience });
      } catch {
        if (!cancelled) setTab({ state: 'not-portal', tabId: id });
      }
    }

    const listener = createRouter(
      'panel',
      {
        'audience-changed': (message, sender) => {
          if (sender.tabId !== tabId) return null;
          setTab((current) =>
            current.state === 'connected'
              ? { ...current, page: { ...current.page, kind: 'audience' }, audience: message.read }
              : current,
          );
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
    ext.tabs.onUpdated.addListener(onUpdated);
    void connect();
    return () => {
      cancelled = true;
      stopListening();
      ext.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [search]);

  return tab;
}
