/**
 * Which portal tab the panel shows, and what it holds, whatever order the browser's events come in.
 *
 * Why a machine of its own: Firefox's sidebar is not told its tab and follows the front one, and a
 * tab brought to the front is often still loading. A ping sent before the tab's content script has
 * started fails; a ping sent to the page being replaced can fail after a newer one succeeded. So:
 * - only the latest attempt's answer counts (a generation number), never an older one arriving late,
 *   nor one that was asked for before the page pushed a newer reading;
 * - a portal tab that does not answer yet is "waiting", not "not a portal page";
 * - the content script says when it has started (`page-ready`), and any word from the tab while the
 *   panel is not connected makes it ask again. No polling, no timeout to tune.
 */
import type { AudienceRead } from '../core/portal-page';
import type { Replies } from '../messaging/protocol';

export type PortalTab =
  | { state: 'connecting' }
  | { state: 'no-tab' }
  /** A Partner Center tab whose page has not answered yet: it is loading, or its content script is starting. */
  | { state: 'waiting'; tabId: number }
  | { state: 'not-portal'; tabId: number }
  /** `frame`: the content script that read the audience, where page actions planned from it are sent. */
  | { state: 'connected'; tabId: number; page: Replies['ping']; audience: AudienceRead | null; frame: string | null };

/** The browser, as far as the follower needs it. */
export interface TabSource {
  /** The tab to start on: `?tabId=N`, else the active tab of the panel's window. */
  initialTab(): Promise<number | null>;
  ping(tabId: number): Promise<Replies['ping']>;
  /** Read from the top document when the tab shows the audience page there: a second audience frame is not asked. */
  readAudience(tabId: number, page: Replies['ping']): Promise<Replies['read-audience']>;
  /** Whether the tab shows a Partner Center address (its content script will answer once it has started). */
  isPortalTab(tabId: number): Promise<boolean>;
}

export interface TabFollower {
  /** A tab was brought to the front of the panel's window (only for a panel that follows the front tab). */
  activated(tabId: number): void;
  /** A tab finished loading. */
  loaded(tabId: number): void;
  /** The content script of a tab has started. */
  ready(tabId: number): void;
  /** A tab's audience page was read anew. */
  audienceChanged(tabId: number, read: AudienceRead, frame: string): void;
  stop(): void;
}

export function followPortalTab(source: TabSource, show: (tab: PortalTab) => void): TabFollower {
  let tabId: number | null = null;
  let current: PortalTab = { state: 'connecting' };
  let generation = 0;
  let stopped = false;

  const set = (next: PortalTab) => {
    current = next;
    show(next);
  };

  async function connect(id: number): Promise<void> {
    const attempt = ++generation;
    const stale = () => stopped || attempt !== generation;
    try {
      const page = await source.ping(id);
      const reading = page.kind === 'audience' ? await source.readAudience(id, page) : null;
      if (!stale()) set({ state: 'connected', tabId: id, page, audience: reading?.read ?? null, frame: reading?.frame ?? null });
    } catch {
      const portal = await source.isPortalTab(id).catch(() => false);
      if (!stale()) set(portal ? { state: 'waiting', tabId: id } : { state: 'not-portal', tabId: id });
    }
  }

  const isCurrent = (id: number) => !stopped && id === tabId;

  void source.initialTab().then(
    (id) => {
      // An activation may have come first: it is newer than the tab asked for at the start.
      if (stopped || tabId !== null) return;
      if (id === null) return set({ state: 'no-tab' });
      tabId = id;
      void connect(id);
    },
    () => {
      if (!stopped && tabId === null) set({ state: 'no-tab' });
    },
  );

  return {
    activated(id) {
      if (stopped || (id === tabId && current.state === 'connected')) return;
      tabId = id;
      set({ state: 'connecting' });
      void connect(id);
    },
    loaded(id) {
      if (isCurrent(id)) void connect(id);
    },
    ready(id) {
      if (isCurrent(id)) void connect(id);
    },
    audienceChanged(id, read, frame) {
      if (!isCurrent(id)) return;
      // A second audience frame in the tab is not the one the panel shows: its readings are not ours.
      if (current.state === 'connected' && current.frame !== null && current.frame !== frame) return;
      if (current.state !== 'connected') return void connect(id);
      // A reading pushed by the page is newer than any the panel is still asking for.
      generation++;
      set({ ...current, page: { ...current.page, kind: 'audience' }, audience: read, frame });
    },
    stop() {
      stopped = true;
    },
  };
}
